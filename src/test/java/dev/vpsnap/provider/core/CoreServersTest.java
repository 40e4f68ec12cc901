package dev.vpsnap.provider.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpsnap.model.ServerRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreServersTest extends CoreMockServerTest {

    @Test
    void listsEveryPageOfVirtualMachines() {
        respond(200, "vm-list-page1-res.json");
        respond(200, "vm-list-page2-res.json");

        List<ServerRef> servers = core.servers().list();

        expect("GET", "/v1/core/virtual-machines?page=1&pageSize=100");
        expect("GET", "/v1/core/virtual-machines?page=2&pageSize=100");
        expectRequestCount(2);
        assertEquals(List.of(
                new ServerRef("core", "test", "101", "gpu-train-01", "running", "ACTIVE", "CANADA-1"),
                new ServerRef("core", "test", "102", "gpu-infer-02", "stopped", "SHUTOFF", "NORWAY-1"),
                new ServerRef("core", "test", "103", "restored-web", "busy", "BUILD", "CANADA-1")), servers);
    }

    @Test
    void aShortPageIsTheLast() {
        respond(200, "vm-list-page2-res.json");

        assertEquals(1, core.servers().list().size());

        expect("GET", "/v1/core/virtual-machines?page=1&pageSize=100");
        expectRequestCount(1);
    }

    @Test
    void aServerThatIgnoresThePageParameterDoesNotLoopForever() {
        respond(200, "vm-list-page1-res.json");
        respond(200, "vm-list-page1-res.json");

        assertEquals(2, core.servers().list().size());

        expect("GET", "/v1/core/virtual-machines?page=1&pageSize=100");
        expect("GET", "/v1/core/virtual-machines?page=2&pageSize=100");
        expectRequestCount(2);
    }
}
