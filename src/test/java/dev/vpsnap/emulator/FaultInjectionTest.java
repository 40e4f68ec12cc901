package dev.vpsnap.emulator;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultInjectionTest extends EmulatorTestBase {

    @Test
    void rateLimitAnswers429WithRetryAfterInProviderStyle() throws Exception {
        emu.faults().rateLimit(2);
        EmuClient c = client("vpsorg");
        assertEquals(200, c.get("/servers/").status());
        assertEquals(200, c.get("/servers/").status());
        EmuClient.Res limited = c.get("/servers/");
        assertEquals(429, limited.status());
        assertTrue(Long.parseLong(limited.header("Retry-After")) >= 1);
        assertTrue(limited.json().get("detail").asText().startsWith("Request was throttled"));

        // buckets are per provider
        EmuClient.Res core = client("core").get("/core/snapshots");
        assertEquals(200, core.status());

        clock.advanceSeconds(1);
        assertEquals(200, c.get("/servers/").status());
    }

    @Test
    void rateLimitFromConfig() throws Exception {
        emu.close();
        emu = Emulator.start(config().withRateLimitPerSecond(1));
        EmuClient c = client("hostinger");
        assertEquals(200, c.get("/api/vps/v1/virtual-machines").status());
        EmuClient.Res limited = c.get("/api/vps/v1/virtual-machines");
        assertEquals(429, limited.status());
        assertEquals("1", limited.header("Retry-After"));
        assertTrue(limited.json().has("correlation_id"));
    }

    @Test
    void failNextScriptsStatusesForMatchingRequestsOnly() throws Exception {
        emu.faults().failNext("GET", "/core/snapshots$", 503, 2).failNext("*", "/vps/snapshot", 429);
        EmuClient core = client("core");
        assertEquals(200, core.get("/core/virtual-machines").status()); // does not match
        EmuClient.Res first = core.get("/core/snapshots");
        assertEquals(503, first.status());
        assertFalse(first.json().get("status").asBoolean());
        assertEquals(503, core.get("/core/snapshots").status());
        assertEquals(200, core.get("/core/snapshots").status());

        EmuClient.Res limited = client("hivelocity").get("/vps/snapshot");
        assertEquals(429, limited.status());
        assertEquals("1", limited.header("Retry-After"));
        assertEquals(0, emu.faults().pendingScripted());
    }

    @Test
    void newVolumeIsoAndScheduleRoutesGoThroughAuthFaultsAndRateLimits() throws Exception {
        assertEquals(403, client("hivelocity").withCredential(null).get("/vps/iso").status());
        assertEquals(403, client("hivelocity").withCredential("bad").get("/vps/snapshotSchedule").status());
        assertEquals(403, client("hivelocity").withCredential(null).get("/vps/available-volume-sizes").status());
        assertEquals(401, client("core").withCredential(null).get("/core/volumes").status());
        assertEquals(401, client("core").withCredential("bad").get("/core/volume-types").status());

        EmuClient hv = client("hivelocity");
        long device = hv.get("/vps/").json().get(0).get("deviceId").asLong();
        emu.faults().failAfterApplyingNext("POST", "/vps/volume$");
        assertEquals(500, hv.post("/vps/volume", EmuClient.body("deviceId", device, "size", 50)).status());
        clock.advanceSeconds(3);
        assertEquals(2, hv.get("/vps/volume?deviceId=" + device).json().size(), "applied despite the 500");

        emu.faults().failNext("GET", "/core/volumes$", 503);
        EmuClient core = client("core");
        EmuClient.Res failed = core.get("/core/volumes");
        assertEquals(503, failed.status());
        assertFalse(failed.json().get("status").asBoolean());
        assertEquals(200, core.get("/core/volumes").status());

        emu.faults().rateLimit(1);
        assertEquals(200, core.get("/core/volume-types").status());
        assertEquals(429, core.get("/core/volume-types").status());
    }

    @Test
    void dropConnectionClosesWithoutResponse() throws Exception {
        // java.net.http silently retries an idempotent GET once when the connection closes before any response
        // byte, so drop twice for a GET
        emu.faults().dropConnectionNext("GET", "/servers/", 2);
        assertThrows(IOException.class, () -> client("vpsorg").get("/servers/"));
        assertEquals(200, client("vpsorg").get("/servers/").status());

        EmuClient c = client("vpsorg");
        long server = c.get("/servers/").json().get("results").get(1).get("id").asLong();
        emu.faults().dropConnectionNext("POST", "/snapshots/$");
        assertThrows(IOException.class, () -> c.post("/snapshots/", EmuClient.body("server_id", server, "name", "dropped")));
        assertEquals(0, c.get("/snapshots/?server_id=" + server).json().get("count").asInt(), "dropped before applying");
    }

    @Test
    void truncateSendsStatusAndHalfTheBody() throws Exception {
        emu.faults().truncateNext("GET", "virtual-machines$");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create(emu.baseUrl("hostinger") + "/api/vps/v1/virtual-machines"))
                .header("Authorization", "Bearer " + Emulator.apiKey("hostinger")).build();
        // the body is announced with its full length but cut in half: reading it fails
        assertThrows(IOException.class, () -> http.send(req, HttpResponse.BodyHandlers.ofString()));
        // the status line and headers did arrive
        emu.faults().truncateNext("GET", "virtual-machines$");
        HttpResponse<java.io.InputStream> streamed = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, streamed.statusCode());
        long expected = Long.parseLong(streamed.headers().firstValue("Content-Length").orElseThrow());
        byte[] got = new byte[(int) expected];
        int n = 0;
        try (java.io.InputStream in = streamed.body()) {
            int r;
            while (n < got.length && (r = in.read(got, n, got.length - n)) > 0) n += r;
        } catch (IOException expectedEof) {
            // premature EOF
        }
        assertEquals(expected / 2, n);
        assertEquals(200, client("hostinger").get("/api/vps/v1/virtual-machines").status());
    }

    @Test
    void failAfterApplyingChangesStateButAnswers500() throws Exception {
        EmuClient c = client("vpsorg");
        long server = c.get("/servers/").json().get("results").get(1).get("id").asLong();
        emu.faults().failAfterApplyingNext("POST", "/snapshots/$");
        EmuClient.Res r = c.post("/snapshots/", EmuClient.body("server_id", server, "name", "retry-me"));
        assertEquals(500, r.status());
        assertTrue(r.json().has("detail"));
        assertEquals(1, c.get("/snapshots/?server_id=" + server).json().get("count").asInt());
    }

    @Test
    void failRateProducesSeededRandom5xx() throws Exception {
        emu.faults().failRate(1.0);
        Set<Integer> allowed = Set.of(500, 502, 503);
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int s = client("hivelocity").get("/vps/").status();
            assertTrue(allowed.contains(s), "status " + s);
            seen.add(s);
        }
        emu.faults().failRate(0);
        assertEquals(200, client("hivelocity").get("/vps/").status());

        // the same seed yields the same sequence
        try (Emulator other = Emulator.start(config().withFailRate(1.0))) {
            List<Integer> again = new ArrayList<>();
            for (int i = 0; i < 10; i++) again.add(new EmuClient(other, "hivelocity").get("/vps/").status());
            assertEquals(seen, again);
        }
    }

    @Test
    void latencyIsAddedAndParallelRequestsAreServedConcurrently() throws Exception {
        emu.faults().latency(Duration.ofMillis(300));
        HttpClient http = HttpClient.newHttpClient();
        int before = emu.requestCount();
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(emu.baseUrl("core") + "/core/snapshots"))
                    .header("api_key", Emulator.apiKey("core")).build();
            futures.add(http.sendAsync(req, HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> f : futures) assertEquals(200, f.get().statusCode());
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsedMs >= 300, "latency applied: " + elapsedMs);
        assertTrue(elapsedMs < 20 * 300 / 2, "served concurrently: " + elapsedMs);
        assertEquals(before + 20, emu.requestCount());
    }

    @Test
    void unknownPrefixIs404() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + emu.port() + "/digitalocean/v2")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, r.statusCode());
    }
}
