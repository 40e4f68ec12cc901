package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.testing.JsonAssert;
import dev.vpsnap.testing.Launched;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged launcher ({@code target/vpsnap}) as a real process: what users and the README run. */
class LauncherIT {
    @TempDir
    Path state;

    private Launched run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Launched.launcher().toString());
        cmd.addAll(List.of(args));
        return Launched.run(cmd, state, Map.of());
    }

    @Test
    void quickStartCreatesASnapshotInTheSandbox() throws Exception {
        // exactly the README's first command (after the build)
        Launched r = run("--sandbox", "--provider", "core", "snapshot", "create", "--server", "126003", "-o", "json");
        assertEquals(0, r.exit(), r::toString);
        JsonNode snap = JsonAssert.tree(r.out());
        assertEquals("available", snap.get("status").asText());
        assertEquals("126003", snap.get("serverId").asText());
        assertTrue(snap.get("id").isTextual());
        assertEquals("", r.err(), "nothing but data: no JVM warnings on any stream");
    }

    @Test
    void exitCodesFromTheRealProcess() throws Exception {
        assertEquals(0, run("--version").exit());
        assertEquals(2, run("snapshot", "nope").exit());
        Launched noKey = run("snapshot", "list", "--provider", "vpsorg");
        assertEquals(3, noKey.exit(), noKey::toString);
        assertEquals(1, noKey.err().strip().lines().count(), noKey::toString);
        Launched restore = run("--sandbox", "--provider", "vpsorg", "snapshot", "restore", "1");
        assertEquals(2, restore.exit(), restore::toString);
        assertEquals(4, run("--sandbox", "--provider", "vpsorg", "snapshot", "get", "424242").exit());
    }

    @Test
    void emulatorRateLimitFlagMakesABurstSee429WithRetryAfter() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process emu = new ProcessBuilder(Launched.launcher().toString(), "emulator", "serve",
                "--port", String.valueOf(port), "--rate-limit", "5/s").redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(emu.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine();
            assertTrue(first != null && first.startsWith("hivelocity"), "prints endpoints: " + first);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI uri = URI.create("http://127.0.0.1:" + port + "/vpsorg/api/v1/snapshots/");
            List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < 30; i++) {
                burst.add(http.sendAsync(HttpRequest.newBuilder(uri).header("Authorization", "Bearer sandbox-vpsorg-key").build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            int ok = 0;
            int limited = 0;
            for (CompletableFuture<HttpResponse<String>> f : burst) {
                HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
                if (r.statusCode() == 200) {
                    ok++;
                } else {
                    assertEquals(429, r.statusCode());
                    assertTrue(Integer.parseInt(r.headers().firstValue("Retry-After").orElseThrow()) >= 1);
                    limited++;
                }
            }
            // a 5/s bucket lets its burst of 5 through, then 5 more per second the burst took to arrive
            double seconds = (System.nanoTime() - started) / 1e9;
            int allowed = 5 + (int) Math.ceil(5 * seconds) + 1;
            assertTrue(ok >= 1 && ok <= allowed, "at most " + allowed + " pass in " + seconds + " s: " + ok);
            assertEquals(30, ok + limited);
            assertTrue(limited >= 30 - allowed, "the rest are limited: " + limited);
        } finally {
            emu.destroy();
            emu.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void dryRunFromTheLauncherPrintsCurlWithoutTheKey() throws Exception {
        Launched list = run("--sandbox", "--provider", "vpsorg", "snapshot", "list", "-o", "ids");
        String id = list.out().lines().findFirst().orElseThrow(() -> new AssertionError(list.toString()));
        Launched r = run("--sandbox", "--provider", "vpsorg", "snapshot", "delete", id, "--dry-run", "--debug");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("curl -sS -X DELETE "), r::toString);
        assertTrue(r.out().contains("$VPSNAP_API_KEY"), r::toString);
        assertTrue(!r.out().contains("sandbox-vpsorg-key") && !r.err().contains("sandbox-vpsorg-key"), r::toString);
        Launched still = run("--sandbox", "--provider", "vpsorg", "snapshot", "get", id);
        assertEquals(0, still.exit(), "nothing was deleted: " + still);
    }
}
