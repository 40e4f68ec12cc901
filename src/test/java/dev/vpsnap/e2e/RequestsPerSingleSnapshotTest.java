package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * "A poll hands back what it observed, so the final resource is not fetched again", for ONE target: the exact
 * requests of a single-server {@code snapshot create} (waited) and of {@code snapshot wait --operation ID} on a
 * create started with {@code --no-wait} (while it runs, and once it is done), through the real transport (a
 * recording proxy in front of the in-process emulator, on the CLI's fake clock; snapshots finish 0.5 s after they
 * start). Ids the emulator makes up are written {@code {id}}. Hostinger's action poll answers with the action only,
 * so its one snapshot GET after the action is the only way to see the snapshot (docs/performance.md).
 */
class RequestsPerSingleSnapshotTest {
    private EmulatorCli cli;
    private RecordingProxy proxy;
    private String server;

    @BeforeEach
    void start() {
        cli = new EmulatorCli(Set.of(), 1, Duration.ofMillis(500));
        proxy = new RecordingProxy("http://127.0.0.1:" + cli.emulator().port());
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        cli.close();
    }

    /** The requests {@code args} sent, ids made up by the emulator as {@code {id}}, the server as {@code {server}}. */
    private List<String> sent(String provider, List<String> out, String... args) {
        int from = proxy.requests().size();
        Result r = cli.runAt(provider, proxy.url(cli.emulator().baseUrl(provider)), args);
        assertEquals(0, r.exitCode(), r::toString);
        out.add(r.out());
        List<String> all = proxy.requests();
        return all.subList(from, all.size()).stream()
                .map(q -> q.replace("/" + server + "/", "/{server}/").replace("=" + server + "&", "={server}&")
                        .replace("=" + server, "={server}")
                        .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
                        .replaceAll("/(actions|snapshots)/[0-9]+", "/$1/{id}"))
                .toList();
    }

    private record Seen(List<String> create, List<String> resumeRunning, List<String> resumeDone) {
    }

    private Seen run(String provider) {
        server = cli.servers(provider).get(0);
        List<String> named = provider.equals("hostinger") ? List.of("--replace") : List.of("--name", "one");
        List<String> out = new ArrayList<>();
        List<String> create = new ArrayList<>(List.of("snapshot", "create", "--server", server));
        create.addAll(named);
        List<String> created = sent(provider, out, create.toArray(String[]::new));
        assertEquals("available", JsonAssert.tree(out.get(0)).get("status").asText(), out.get(0));

        create.add("--no-wait");
        if (!provider.equals("hostinger")) {
            create.set(5, "two");
        }
        sent(provider, out, create.toArray(String[]::new));
        String op = JsonAssert.tree(out.get(1)).get("id").asText();
        List<String> running = sent(provider, out, "snapshot", "wait", "--operation", op);
        List<String> done = sent(provider, out, "snapshot", "wait", "--operation", op);
        for (int i = 2; i < 4; i++) {
            assertEquals("available", JsonAssert.tree(out.get(i)).get("status").asText(), out.get(i));
            assertEquals(server, JsonAssert.tree(out.get(i)).get("serverId").asText(), out.get(i));
        }
        assertEquals(JsonAssert.tree(out.get(2)).get("id"), JsonAssert.tree(out.get(3)).get("id"));
        return new Seen(created, running, done);
    }

    @Test
    void hivelocityHandsBackTheSnapshotItsTaskPollLookedUp() {
        String p = "GET /hivelocity/api/v2/";
        Seen s = run("hivelocity");
        // before: the finished create listed the volume's snapshots twice (the poll's look, then created())
        assertEquals(List.of(p + "vps/volume?deviceId={server}&facilityCode=TPA1", "POST /hivelocity/api/v2/vps/snapshot",
                p + "network/status/{id}", p + "vps/volume/{id}", p + "vps/snapshot?deviceId={server}&facilityCode=TPA1"),
                s.create());
        assertEquals(List.of(p + "network/status/{id}", p + "network/status/{id}", p + "vps/volume/{id}",
                p + "vps/snapshot?deviceId={server}&facilityCode=TPA1"), s.resumeRunning());
        assertEquals(List.of(p + "network/status/{id}", p + "vps/volume/{id}",
                p + "vps/snapshot?deviceId={server}&facilityCode=TPA1"), s.resumeDone());
    }

    @Test
    void hostingerReadsTheSnapshotOnceAfterTheActionWhichCannotShowIt() {
        String p = "GET /hostinger/api/vps/v1/virtual-machines/{server}/";
        Seen s = run("hostinger");
        assertEquals(List.of("POST /hostinger/api/vps/v1/virtual-machines/{server}/snapshot", p + "actions/{id}",
                p + "snapshot"), s.create());
        assertEquals(List.of(p + "actions/{id}", p + "snapshot"), s.resumeRunning());
        assertEquals(List.of(p + "actions/{id}", p + "snapshot"), s.resumeDone());
    }

    /**
     * Without {@code --replace}, the CLI's look for a snapshot the create would overwrite is the only one: before, the
     * adapter looked again (GET snapshot, and on its 404 GET the VM) when the CLI had found none; with {@code --yes}
     * there is nothing to ask, so nothing is looked up.
     */
    @Test
    void hostingerLooksForTheSnapshotToOverwriteOnceAndNotUnderYes() {
        String p = "GET /hostinger/api/vps/v1/virtual-machines/{server}";
        server = cli.servers("hostinger").get(0);
        for (var existing : JsonAssert.tree(cli.run("hostinger", "snapshot", "list", "--server", server).out())) {
            assertEquals(0, cli.run("hostinger", "snapshot", "delete", existing.get("id").asText(), "--server", server,
                    "--yes").exitCode(), "a VM without a snapshot to start from");
        }
        List<String> out = new ArrayList<>();
        List<String> fresh = sent("hostinger", out, "snapshot", "create", "--server", server, "--no-wait");
        // the look: the snapshot GET, its 404 checked against the VM, and the unknown-server check of an empty list
        // (KnownServers); before, the adapter then made the snapshot and VM GETs again: 6 requests, now 4
        assertEquals(List.of(p + "/snapshot", "GET /hostinger/api/vps/v1/virtual-machines/" + server,
                        "GET /hostinger/api/vps/v1/virtual-machines",
                        "POST /hostinger/api/vps/v1/virtual-machines/{server}/snapshot"),
                fresh, "one look, then the POST");
        List<String> yes = sent("hostinger", out, "snapshot", "create", "--server", server, "--no-wait", "--yes");
        assertEquals(List.of("POST /hostinger/api/vps/v1/virtual-machines/{server}/snapshot"), yes);
    }

    @Test
    void vpsOrgUsesTheListingItsPollRead() {
        String p = "GET /vpsorg/api/v1/snapshots/?server_id={server}";
        Seen s = run("vpsorg");
        assertEquals(List.of(p, "POST /vpsorg/api/v1/snapshots/", p), s.create());
        assertEquals(List.of(p, p), s.resumeRunning());
        assertEquals(List.of(p), s.resumeDone());
    }

    @Test
    void coreUsesTheSnapshotItsPollRead() {
        String p = "GET /core/v1/core/snapshots/{id}";
        Seen s = run("core");
        assertEquals(List.of("POST /core/v1/core/virtual-machines/{server}/snapshots", p), s.create());
        assertEquals(List.of(p, p), s.resumeRunning());
        // before: resuming a create already done read the snapshot twice (the resume's look, then created())
        assertEquals(List.of(p), s.resumeDone());
    }
}
