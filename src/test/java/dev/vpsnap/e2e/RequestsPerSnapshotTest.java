package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import dev.vpsnap.testing.JsonAssert;
import dev.vpsnap.testing.RecordingProxy;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11.2, "fewer requests per snapshot": the exact requests a 3-server create-and-wait sends, through the real
 * transport (a recording proxy in front of the in-process emulator, on the CLI's fake clock). Snapshots finish 0.5 s
 * after they start, so one poll round (about 1 s in) sees them all done.
 */
class RequestsPerSnapshotTest {
    private EmulatorCli cli;
    private RecordingProxy proxy;

    @BeforeEach
    void start() {
        cli = new EmulatorCli(Set.of(), 3, Duration.ofMillis(500));
        proxy = new RecordingProxy("http://127.0.0.1:" + cli.emulator().port());
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        cli.close();
    }

    private List<String> createAndWait(String provider, String... extra) {
        List<String> ids = cli.servers(provider);
        assertEquals(3, ids.size());
        List<String> args = new ArrayList<>(List.of("snapshot", "create", "--parallel", "1", "--name", "n-{server}"));
        ids.forEach(id -> args.addAll(List.of("--server", id)));
        args.addAll(List.of(extra));
        Result r = cli.runAt(provider, proxy.url(cli.emulator().baseUrl(provider)), args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode results = JsonAssert.tree(r.out());
        for (int i = 0; i < 3; i++) {
            assertTrue(results.get(i).get("ok").asBoolean(), r::toString);
            assertEquals("n-" + ids.get(i), results.get(i).get("snapshot").get("name").asText());
            assertEquals("available", results.get(i).get("snapshot").get("status").asText());
        }
        return proxy.requests();
    }

    /** What each server's create sends ({@code %s}: the server id), in server order, then what follows. */
    private static List<String> perServer(List<String> ids, List<String> each, String... after) {
        List<String> out = new ArrayList<>();
        ids.forEach(id -> each.forEach(e -> out.add(e.replace("%s", id))));
        out.addAll(List.of(after));
        return out;
    }

    @Test
    void vpsOrgListsOncePerServerThenOnePollAndNoFetchAfter() {
        List<String> ids = cli.servers("vpsorg");
        String p = "/vpsorg/api/v1/";
        assertEquals(perServer(ids, List.of("GET " + p + "snapshots/?server_id=%s", "POST " + p + "snapshots/"),
                "GET " + p + "snapshots/?page_size=100"), createAndWait("vpsorg"));
    }

    @Test
    void coreCreatesThenOnePollAndNoFetchAfter() {
        List<String> ids = cli.servers("core");
        String p = "/core/v1/core/";
        assertEquals(perServer(ids, List.of("POST " + p + "virtual-machines/%s/snapshots"),
                "GET " + p + "snapshots?page=1&pageSize=100"), createAndWait("core"));
    }

    @Test
    void hivelocityListsOncePerRoundAndOnceTheVolumesThenNoFetchAfter() {
        List<String> ids = cli.servers("hivelocity");
        String p = "/hivelocity/api/v2/";
        assertEquals(perServer(ids, List.of("GET " + p + "vps/volume?deviceId=%s&facilityCode=TPA1",
                "POST " + p + "vps/snapshot"), "GET " + p + "vps/snapshot?facilityCode=TPA1",
                "GET " + p + "vps/volume?facilityCode=TPA1"), createAndWait("hivelocity"));
    }

    @Test
    void vpsOrgIdempotentLookupIsTheLimitCheckOneListPerServer() {
        List<String> ids = cli.servers("vpsorg");
        String p = "/vpsorg/api/v1/";
        // the lookup's list is the limit check's (no second list before the POST); the list after the POST is the
        // lock hand-off (the next idempotent run must see the snapshot); GET servers/ is the unknown-server check
        // that follows an empty list (KnownServers), left out here
        List<String> sent = createAndWait("vpsorg", "--idempotent").stream()
                .filter(r -> !r.equals("GET " + p + "servers/")).toList();
        assertEquals(perServer(ids, List.of("GET " + p + "snapshots/?server_id=%s", "POST " + p + "snapshots/",
                "GET " + p + "snapshots/?server_id=%s"), "GET " + p + "snapshots/?page_size=100"), sent);
    }

    /**
     * Asserts the requests of a 12-server create-and-wait ({@code --parallel 1}, so in server order): {@code before}
     * once, one POST per server ({@code post}), then {@code after}.
     */
    private static void twelve(String provider, String before, String post, String why, String... after) throws IOException {
        try (EmulatorCli twelve = new EmulatorCli(Set.of(), 12, Duration.ofMillis(500));
             RecordingProxy rec = new RecordingProxy("http://127.0.0.1:" + twelve.emulator().port())) {
            List<String> ids = twelve.servers(provider);
            assertEquals(12, ids.size());
            List<String> args = new ArrayList<>(List.of("snapshot", "create", "--parallel", "1", "--name", "n-{server}"));
            ids.forEach(id -> args.addAll(List.of("--server", id)));
            Result r = twelve.runAt(provider, rec.url(twelve.emulator().baseUrl(provider)), args.toArray(String[]::new));
            assertEquals(0, r.exitCode(), r::toString);
            List<String> expected = new ArrayList<>(List.of(before));
            expected.addAll(perServer(ids, List.of(post), after));
            assertEquals(expected, rec.requests(), why);
        }
    }

    @Test
    void vpsOrgOverTenOrMoreServersListsTheAccountOnceInsteadOfEachServer() throws IOException {
        String p = "/vpsorg/api/v1/";
        twelve("vpsorg", "GET " + p + "snapshots/?page_size=100", "POST " + p + "snapshots/",
                "one list for the 5-per-server check of all 12, the POSTs, one poll", "GET " + p + "snapshots/?page_size=100");
    }

    @Test
    void hivelocityOverTenOrMoreServersListsTheFacilitysVolumesOnceInsteadOfEachDevice() throws IOException {
        String p = "/hivelocity/api/v2/";
        twelve("hivelocity", "GET " + p + "vps/volume?facilityCode=TPA1", "POST " + p + "vps/snapshot",
                "one volume list for the 12 ROOT volumes, the POSTs, one poll round",
                "GET " + p + "vps/snapshot?facilityCode=TPA1", "GET " + p + "vps/volume?facilityCode=TPA1");
    }
}
