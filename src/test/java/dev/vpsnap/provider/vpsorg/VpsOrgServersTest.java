package dev.vpsnap.provider.vpsorg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.ServerRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class VpsOrgServersTest extends VpsOrgHttpTestBase {

    @Test
    void listsServersWithNormalisedStatusAndLocation() throws Exception {
        enqueue("servers-list.json");

        List<ServerRef> servers = provider.servers().list();

        expect("GET", "servers/");
        assertRequestCount(1);
        assertEquals(List.of(
                new ServerRef("vpsorg", "test", "12345", "web-server-01", "running", "active", "nyc1"),
                new ServerRef("vpsorg", "test", "67890", "db-server-01", "stopped", "stopped", "Amsterdam"),
                new ServerRef("vpsorg", "test", "11111", "old-box", "stopped", "suspended", null)), servers);
    }

    @Test
    void followsDrfNextLinksOnOurOwnBaseUrl() throws Exception {
        enqueue("servers-list-page1.json");
        enqueue("servers-list-page2.json");

        List<ServerRef> servers = provider.servers().list();

        expect("GET", "servers/");
        // next pointed at https://admin.vps.org/...: only its query is used, the host stays ours
        expect("GET", "servers/?page=2");
        assertRequestCount(2);
        assertEquals(List.of(
                new ServerRef("vpsorg", "test", "12345", "web-server-01", "running", "active", "nyc1"),
                new ServerRef("vpsorg", "test", "67890", "db-server-01", "busy", "restoring", "ams1")), servers);
    }

    @Test
    void aNextLinkThatDoesNotAdvanceStopsInsteadOfLoopingForever() throws Exception {
        enqueue("servers-list-next-loop.json");
        enqueue("servers-list-next-loop.json");

        VpsnapException e = assertThrows(VpsnapException.class, () -> provider.servers().list());

        assertEquals(ExitCode.UNAVAILABLE, e.exitCode());
        assertEquals("vps.org pagination of servers/ does not end (next {page=2})", e.getMessage());
        expect("GET", "servers/");
        expect("GET", "servers/?page=2");
        assertRequestCount(2);
    }

    @Test
    void aListWithoutResultsIsAnUnreadableAnswer() throws Exception {
        enqueue("servers-list-no-results.json");

        VpsnapException e = assertThrows(VpsnapException.class, () -> provider.servers().list());

        assertEquals(ExitCode.UNAVAILABLE, e.exitCode());
        assertEquals("vps.org answered servers/ without a results list", e.getMessage());
        assertRequestCount(1);
    }
}
