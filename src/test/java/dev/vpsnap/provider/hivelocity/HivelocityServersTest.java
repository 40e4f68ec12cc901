package dev.vpsnap.provider.hivelocity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpsnap.model.ServerRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class HivelocityServersTest extends HivelocityHttpTest {

    @Test
    void listsVpsDevicesWithTheirFacilityAsLocation() {
        reply(200, "vps-list-res.json");

        List<ServerRef> servers = hv.servers().list();

        expect("GET", "/vps/?" + SCOPE);
        expectCount(1);
        assertEquals(List.of(
                new ServerRef("hivelocity", "test", "5001", null, "running", "Running", "TPA1"),
                new ServerRef("hivelocity", "test", "5002", null, "stopped", "Stopped", "TPA1")), servers);
    }

    @Test
    void sendsNoScopeWhenNoneIsConfigured() {
        hv = provider(null, null);
        replyRaw(200, "application/json", "[]");

        assertEquals(List.of(), hv.servers().list());

        expect("GET", "/vps/");
        expectCount(1);
    }
}
