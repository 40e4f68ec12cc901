package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import dev.vpsnap.testing.JsonAssert;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --ping URL} against a loopback receiver (MockWebServer), the command against the emulator: {@code GET /start}
 * then {@code POST /<exit code>} with the summary; a dead or hanging receiver costs at most 5 s and one warning line
 * per ping and never changes the exit code; the URL (it holds the check's token) never appears on stderr.
 */
class PingTest {
    private static final String TOKEN = "5f3c0b4e-9d1a-4c2e-8f7a-0123456789ab";
    private final EmulatorCli emu = new EmulatorCli();
    private final MockWebServer receiver = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        receiver.start();
    }

    @AfterEach
    void close() throws IOException {
        receiver.shutdown();
        emu.close();
    }

    private String pingUrl() {
        return receiver.url("/ping/" + TOKEN).toString();
    }

    private RecordedRequest next() throws InterruptedException {
        return receiver.takeRequest(5, TimeUnit.SECONDS);
    }

    @Test
    void startThenTheExitCodeWithASummary() throws Exception {
        receiver.enqueue(new MockResponse().setBody("OK"));
        receiver.enqueue(new MockResponse().setBody("OK"));
        String server = emu.servers("vpsorg").get(0);
        Result r = emu.run("vpsorg", "--ping", pingUrl(), "snapshot", "create", "--server", server, "--name", "nightly-1");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("nightly-1", JsonAssert.tree(r.out()).get("name").asText());
        RecordedRequest start = next();
        assertEquals("GET", start.getMethod());
        assertEquals("/ping/" + TOKEN + "/start", start.getPath());
        RecordedRequest end = next();
        assertEquals("POST", end.getMethod());
        assertEquals("/ping/" + TOKEN + "/0", end.getPath());
        String body = end.getBody().readUtf8();
        assertTrue(body.startsWith("vpsnap snapshot create: exit 0 after "), body);
        assertTrue(end.getHeader("Content-Type").startsWith("text/plain"), end::toString);
        assertEquals(2, receiver.getRequestCount());
        assertEquals("", r.err(), "a ping that works prints nothing");
    }

    @Test
    void aFailedCommandPingsItsExitCodeWithTheErrorLine() throws Exception {
        receiver.enqueue(new MockResponse());
        receiver.enqueue(new MockResponse());
        Result r = emu.harness().env("VPSNAP_PING_URL", pingUrl()).run("--provider", "vpsorg", "--endpoint",
                emu.emulator().baseUrl("vpsorg"), "snapshot", "get", "424242");
        assertEquals(4, r.exitCode(), r::toString);
        assertEquals("/ping/" + TOKEN + "/start", next().getPath());
        RecordedRequest end = next();
        assertEquals("/ping/" + TOKEN + "/4", end.getPath());
        String body = end.getBody().readUtf8();
        assertTrue(body.startsWith("vpsnap snapshot get: exit 4 after "), body);
        assertTrue(body.contains("snapshot get 424242: "), "the error line: " + body);
    }

    @Test
    void aDeadPingUrlCostsAWarningLineAndLeavesTheExitCodeAlone() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        String dead = "http://127.0.0.1:" + port + "/ping/" + TOKEN;
        long t0 = System.nanoTime();
        Result r = emu.run("vpsorg", "--ping", dead, "server", "list");
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(JsonAssert.tree(r.out()).isArray(), r::toString);
        assertTrue(took.compareTo(Duration.ofSeconds(5)) <= 0, "took " + took);
        assertEquals(2, r.err().lines().count(), "one warning line per ping: " + r);
        r.rawErr().lines().forEach(l -> assertTrue(l.matches("\\S+Z vpsnap: warning: ping /(start|0) failed: connection refused.*"), l));
        assertFalse(r.err().contains(TOKEN) || r.err().contains(String.valueOf(port)), r::toString);
    }

    @Test
    void aHangingReceiverIsCutAtTheFiveSecondBudget() throws Exception {
        receiver.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        receiver.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        String server = emu.servers("vpsorg").get(0);
        long t0 = System.nanoTime();
        Result r = emu.run("vpsorg", "--ping", pingUrl(), "snapshot", "list", "--server", server);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(took.compareTo(Duration.ofMillis(6500)) < 0, "the 5 s budget covers both pings: took " + took);
        assertTrue(r.err().contains("warning: ping /start failed: no answer within the 5 s ping budget"), r::toString);
        assertTrue(r.err().contains("warning: ping /0 not sent: the 5 s ping budget is spent"), r::toString);
        assertEquals(2, r.err().lines().count(), r::toString);
    }

    @Test
    void theUrlNeverAppearsInVerboseDebugOrDryRunOutput() throws Exception {
        for (int i = 0; i < 4; i++) {
            receiver.enqueue(new MockResponse().setResponseCode(i == 1 ? 404 : 200).setBody("not found " + TOKEN));
        }
        String server = emu.servers("vpsorg").get(0);
        Result verbose = emu.run("vpsorg", "-v", "--debug", "--ping", pingUrl(), "snapshot", "list", "--server", server);
        assertEquals(0, verbose.exitCode(), verbose::toString);
        assertTrue(verbose.err().contains("ping /start -> 200"), verbose::toString);
        assertTrue(verbose.err().contains("warning: ping /0 failed: HTTP 404"), verbose::toString);
        String snapshot = JsonAssert.tree(emu.run("vpsorg", "snapshot", "list").out()).get(0).get("id").asText();
        Result dryRun = emu.run("vpsorg", "-v", "--debug", "--ping", pingUrl(), "snapshot", "delete", snapshot, "--yes", "--dry-run");
        assertEquals(0, dryRun.exitCode(), dryRun::toString);
        // -o json: the planned request is data (method, url, body), the dry-run document
        assertTrue(dryRun.out().contains("\"method\" : \"DELETE\""), "the dry-run document: " + dryRun);
        for (Result r : new Result[]{verbose, dryRun}) {
            assertFalse(r.err().contains(TOKEN) || r.out().contains(TOKEN), r::toString);
            assertFalse(r.err().contains(receiver.url("/").toString()), r::toString);
        }
    }

    @Test
    void aPingUrlThatIsNotHttpIsAUsageErrorBeforeAnything() {
        Result r = emu.run("vpsorg", "--ping", "ftp://example.com/x", "server", "list");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        Result insecure = emu.run("vpsorg", "--ping", "http://hc-ping.example/" + TOKEN, "server", "list");
        assertEquals(2, insecure.exitCode(), insecure::toString);
        assertFalse(insecure.err().contains(TOKEN), insecure::toString);
    }
}
