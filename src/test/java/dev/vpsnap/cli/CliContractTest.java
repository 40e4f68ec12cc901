package dev.vpsnap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.testing.CliHarness;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.FakeClock;
import dev.vpsnap.testing.JsonAssert;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The command-line contract through the production factory: stdout data only, exit codes, safety, secrets. */
class CliContractTest extends VpsOrgCliTest {
    static final String KEY = "s3cr3t-vpsorg-token-xyz";

    MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = fixture.server;
        cli = connect(new FakeClock(), KEY);
    }

    @Test
    void listJsonIsOnlyTheDocumentOnStdout() {
        stub.snapshots.add(VpsOrgStub.snapshot("801", "pre-migration", "completed", "2025-01-15T18:30:00Z"));
        Result r = cli.run("snapshot", "list", "-o", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode arr = JsonAssert.tree(r.out());
        assertTrue(arr.isArray());
        JsonNode s = arr.get(0);
        assertEquals("801", s.get("id").asText());
        assertTrue(s.get("id").isTextual(), "ids are strings");
        assertEquals("available", s.get("status").asText());
        assertEquals("completed", s.get("providerStatus").asText());
        assertEquals(5368709120L, s.get("sizeBytes").asLong());
        assertEquals("2025-01-15T18:30:00Z", s.get("createdAt").asText());
        assertTrue(s.has("volumeId") && s.get("volumeId").isNull(), "unknown values are null, never omitted");
        assertEquals("Bearer " + KEY, stub.requests.get(0).getHeader("Authorization"));
        assertEquals("", r.err());
    }

    @Test
    void emptyListIsEmptyArray() {
        Result r = cli.run("snapshot", "list", "-o", "json");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("[ ]", r.out().strip());
        assertTrue(JsonAssert.tree(r.out()).isEmpty());
    }

    @Test
    void globalOptionsAreAcceptedAfterTheVerb() {
        Result before = cli.run("-o", "ids", "snapshot", "list");
        Result after = cli.run("snapshot", "list", "-o", "ids");
        assertEquals(0, after.exitCode(), after::toString);
        assertEquals(before.out(), after.out());
    }

    @Test
    void createWaitsAndPrintsTheSnapshotWithItsId() {
        Result r = cli.run("snapshot", "create", "--server", "12345", "--name", "nightly", "-o", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode s = JsonAssert.tree(r.out());
        assertEquals("900", s.get("id").asText());
        assertEquals("available", s.get("status").asText());
        RecordedRequest post = stub.requests.stream().filter(q -> q.getMethod().equals("POST")).findFirst().orElseThrow();
        JsonAssert.assertJsonEquals("{\"server_id\":12345,\"name\":\"nightly\"}", post.getBody().readUtf8());
        assertEquals(1, stub.mutations(), "exactly one POST");
        assertFalse(cli.clock().sleeps().isEmpty(), "waited by sleeping on the injected clock");
    }

    @Test
    void verboseWaitPrintsOneLinePerStateChange() {
        Result r = cli.run("snapshot", "create", "--server", "12345", "--name", "nightly", "-v", "-o", "ids");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("900", r.out().strip());
        assertEquals(1, r.err().lines().filter(l -> l.contains("snapshot.create") && l.contains(": running")).count(), r::toString);
        assertEquals(1, r.err().lines().filter(l -> l.contains("snapshot.create") && l.contains(": succeeded")).count(), r::toString);
        Result quiet = cli.run("snapshot", "create", "--server", "12345", "--name", "nightly2");
        assertFalse(quiet.err().contains("snapshot.create"), "without -v and without a TTY: nothing");
    }

    @Test
    void noWaitPrintsTheOperation() {
        Result r = cli.run("snapshot", "create", "--server", "12345", "--name", "nightly", "--no-wait", "-o", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode op = JsonAssert.tree(r.out());
        assertEquals("snapshot.create", op.get("kind").asText());
        assertEquals("900", op.get("resourceId").asText());
        assertTrue(op.has("finishedAt"));
    }

    @Test
    void waitTimeoutExits6WithTheOperationToResume() {
        stub.pollsUntilDone = 1_000_000;
        Result r = cli.run("snapshot", "create", "--server", "12345", "--name", "nightly", "--wait-timeout", "2m", "-o", "json");
        assertEquals(6, r.exitCode(), r::toString);
        JsonNode op = JsonAssert.tree(r.out());
        assertEquals("snapshot.create", op.get("kind").asText());
        JsonNode err = JsonAssert.tree(r.err()).get("error");
        assertEquals(6, err.get("exitCode").asInt());
        assertTrue(err.get("hint").asText().contains("snapshot wait --operation " + op.get("id").asText()), r::toString);
    }

    @Test
    void notFoundIsExit4WithOneLine() {
        Result r = cli.run("snapshot", "get", "12");
        assertEquals(4, r.exitCode(), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        // stderr is not a terminal here: the line starts with the (fake) clock's RFC 3339 UTC timestamp
        assertTrue(r.rawErr().startsWith("2026-01-15T12:00:00.000Z vpsnap: snapshot get 12: "), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void jsonErrorObjectOnStderr() {
        stub.override = VpsOrgStub.json(404, "{\"detail\":\"Not found.\"}");
        Result r = cli.run("snapshot", "list", "--server", "99", "-o", "json");
        assertEquals(4, r.exitCode(), r::toString);
        JsonNode e = JsonAssert.tree(r.err()).get("error");
        assertEquals(4, e.get("exitCode").asInt());
        assertEquals(404, e.get("httpStatus").asInt());
        assertEquals("vpsorg", e.get("provider").asText());
        assertTrue(e.get("message").asText().contains("Not found."), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void unauthorizedIsExit3() {
        stub.override = VpsOrgStub.json(401, "{\"detail\":\"Invalid token.\"}");
        Result r = cli.run("server", "list");
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().contains("Invalid token.") && r.err().contains("(vpsorg, HTTP 401)"), r::toString);
    }

    @Test
    void htmlErrorPageIsSummarised() {
        stub.override = new okhttp3.mockwebserver.MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
                .setBody("<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>nginx</body></html>");
        Result r = cli.run("snapshot", "list");
        assertEquals(8, r.exitCode(), r::toString);
        assertFalse(r.err().contains("<"), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
    }

    @Test
    void truncatedJsonIsExit8() {
        stub.override = VpsOrgStub.json(200, "{\"count\":1,\"results\":[{\"id\":8");
        Result r = cli.run("snapshot", "list");
        assertEquals(8, r.exitCode(), r::toString);
        assertTrue(r.err().contains("truncated"), r::toString);
    }

    @Test
    void restoreWithoutYesAndWithoutTtyExits2AndSendsNothing() {
        Result r = cli.run("snapshot", "restore", "801");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--yes"), r::toString);
        assertEquals(0, stub.requests.size(), "not even a lookup");
    }

    @Test
    void deleteWithoutYesAndWithoutTtyExits2AndSendsNothing() {
        Result r = cli.run("snapshot", "delete", "801", "802");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(0, stub.requests.size());
    }

    @Test
    void ttyAnswerNoRefusesAndSendsNothing() {
        stub.snapshots.add(VpsOrgStub.snapshot("801", "pre", "completed", "2025-01-15T18:30:00Z"));
        Result r = cli.interactive("n\n").run("snapshot", "delete", "801");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("Continue? [y/N]"), r::toString);
        assertEquals(0, stub.mutations());
    }

    @Test
    void ttyAnswerYesDeletes() {
        stub.snapshots.add(VpsOrgStub.snapshot("801", "pre", "completed", "2025-01-15T18:30:00Z"));
        Result r = cli.interactive("y\n").run("snapshot", "delete", "801", "--no-wait", "-o", "json");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(1, stub.mutations());
        assertEquals("snapshot.delete", JsonAssert.tree(r.out()).get("kind").asText());
    }

    @Test
    void dryRunSendsNoMutationAndPrintsNoSecret() {
        stub.snapshots.add(VpsOrgStub.snapshot("801", "pre", "completed", "2025-01-15T18:30:00Z"));
        for (String[] args : new String[][]{
                {"snapshot", "delete", "801", "--dry-run"},
                {"snapshot", "restore", "801", "--dry-run"},
                {"snapshot", "create", "--server", "12345", "--name", "x1", "--dry-run"}}) {
            Result r = cli.run(args);
            assertEquals(0, r.exitCode(), r::toString);
            assertTrue(r.out().startsWith("curl "), r::toString);
            assertTrue(r.out().contains("$VPSNAP_API_KEY"), r::toString);
            assertFalse(r.out().contains(KEY) || r.err().contains(KEY), r::toString);
        }
        assertEquals(0, stub.mutations());
    }

    @Test
    void debugNeverShowsTheKey() {
        stub.snapshots.add(VpsOrgStub.snapshot("801", "pre", "completed", "2025-01-15T18:30:00Z"));
        Result r = cli.run("snapshot", "list", "--debug");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().contains("Authorization"), "headers are logged: " + r.err());
        assertFalse(r.err().contains(KEY), r::toString);
        assertFalse(r.out().contains(KEY));
        Result v = cli.run("snapshot", "list", "-v");
        assertTrue(v.err().contains("GET "), v::toString);
        assertFalse(v.err().contains(KEY));
    }

    @Test
    void debugErrorStackTraceIsRedactedToo() {
        stub.override = VpsOrgStub.json(500, "{\"detail\":\"boom " + KEY + "\"}");
        Result r = cli.run("snapshot", "list", "--debug");
        assertEquals(8, r.exitCode(), r::toString);
        assertTrue(r.err().contains("at dev.vpsnap"), "stack trace with --debug");
        assertFalse(r.err().contains(KEY), r::toString);
    }

    @Test
    void noStackTraceWithoutDebug() {
        stub.override = VpsOrgStub.json(500, "{\"detail\":\"boom\"}");
        Result r = cli.run("snapshot", "list");
        assertFalse(r.err().contains("\tat "), r::toString);
    }

    @Test
    void missingCredentialsExit3NamingEveryPlace() {
        Result r = new CliHarness(new FakeClock()).env("HOME", home.toString())
                .run("snapshot", "list", "--provider", "vpsorg", "--endpoint", server.url("/api/v1").toString());
        assertEquals(3, r.exitCode(), r::toString);
        for (String place : new String[]{"--api-key-file", "VPSNAP_API_KEY", "VPSORG_API_TOKEN"}) {
            assertTrue(r.err().contains(place), r::toString);
        }
        assertEquals(0, stub.requests.size());
    }

    @Test
    void worldReadableConfigWithApiKeyIsRefused() throws IOException {
        Path cfg = home.resolve("config.toml");
        Files.writeString(cfg, "default_profile = \"w\"\n[profiles.w]\nprovider = \"vpsorg\"\napi_key = \"" + KEY + "\"\n");
        Files.setPosixFilePermissions(cfg, PosixFilePermissions.fromString("rw-r--r--"));
        Result r = new CliHarness(new FakeClock()).env("HOME", home.toString())
                .run("snapshot", "list", "--config", cfg.toString(), "--endpoint", server.url("/api/v1").toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().contains("chmod 600"), r::toString);
        assertFalse(r.err().contains(KEY));
        assertEquals(0, stub.requests.size());
    }

    @Test
    void apiKeyFileIsUsedAndNeverPrinted() throws IOException {
        Path keyFile = home.resolve("key");
        Files.writeString(keyFile, "from-file-key-777\n");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        Result r = cli.run("snapshot", "list", "--api-key-file", keyFile.toString(), "-v");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("Bearer from-file-key-777", stub.requests.get(0).getHeader("Authorization"));
        assertFalse(r.err().contains("from-file-key-777"));
    }

    @Test
    void plainHttpToARemoteHostIsRefused() {
        Result r = cli.run("snapshot", "list", "--endpoint", "http://api.example.com/v1");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--allow-insecure-http"), r::toString);
    }

    @Test
    void usageErrorsExit2() {
        assertEquals(2, cli.run("snapshot", "lst").exitCode());
        assertEquals(2, cli.run("snapshot", "list", "-o", "xml").exitCode());
        assertEquals(2, cli.run("snapshot").exitCode());
        assertEquals(2, cli.run("snapshot", "create").exitCode());
        assertEquals(2, cli.run("snapshot", "create", "--server", "1", "--name", "bad name!").exitCode());
        assertEquals(0, stub.requests.size());
    }

    @Test
    void unsupportedIsExit9() {
        Result r = cli.env("HOSTINGER_API_TOKEN", KEY)
                .run("snapshot", "restore", "801", "--server", "7", "--yes", "--new-vm-name", "x", "--provider", "hostinger");
        assertEquals(9, r.exitCode(), r::toString);
        assertTrue(r.err().contains("(hostinger)"), r::toString);
        assertEquals(0, stub.mutations());
    }

    @Test
    void versionAndProvidersNeedNoCredentials() {
        Result v = new CliHarness(new FakeClock()).run("--version");
        assertEquals(0, v.exitCode());
        assertTrue(v.out().startsWith("vpsnap "));
        Result p = new CliHarness(new FakeClock()).run("providers", "-o", "json");
        assertEquals(0, p.exitCode(), p::toString);
        JsonNode m = JsonAssert.tree(p.out());
        assertEquals(4, m.size());
        assertEquals("native", m.get(0).get("commands").get("schedule create").asText());
        assertEquals("local", m.get(1).get("commands").get("schedule create").asText());
        assertTrue(m.get(1).get("commands").get("volume list").isNull());
    }

    @Test
    void completionScripts() {
        Result b = new CliHarness(new FakeClock()).run("completion", "bash");
        assertEquals(0, b.exitCode());
        assertTrue(b.out().contains("complete -F"), "bash completion");
        Result z = new CliHarness(new FakeClock()).run("completion", "zsh");
        assertTrue(z.out().contains("bashcompinit"));
    }
}
