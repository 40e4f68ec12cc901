package dev.vpsnap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.testing.JsonAssert;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real {@code schedule run ID} processes started at once on one schedule, against one {@code emulator serve}
 * process, sharing the config and state directories: the run lock lets exactly one snapshot through.
 */
class ScheduleRunLockIT {
    static final String LAUNCHER = System.getProperty("vpsnap.launcher", "target/vpsnap");

    @TempDir
    Path dirs;
    Process emulator;
    String endpoint;

    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    @BeforeEach
    void startEmulator() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // snapshots stay pending for 8 s, so the first run holds its lock while the second starts
        emulator = new ProcessBuilder(LAUNCHER, "emulator", "serve", "--port", String.valueOf(port), "--async-delay", "8s")
                .redirectErrorStream(true).start();
        String first = new BufferedReader(new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertTrue(first != null && first.startsWith("hivelocity"), "emulator printed its endpoints: " + first);
        endpoint = "http://127.0.0.1:" + port + "/vpsorg/api/v1";
    }

    @AfterEach
    void stopEmulator() throws InterruptedException {
        emulator.destroy();
        emulator.waitFor(10, TimeUnit.SECONDS);
    }

    private Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(LAUNCHER, "--provider", "vpsorg", "--endpoint", endpoint, "-o", "json"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("VPSNAP_") || k.endsWith("_API_KEY") || k.endsWith("_API_TOKEN"));
        env.put("VPSNAP_API_KEY", "sandbox-vpsorg-key");
        env.put("XDG_CONFIG_HOME", dirs.resolve("config").toString());
        env.put("XDG_STATE_HOME", dirs.resolve("state").toString());
        return pb.start();
    }

    private static Run finish(Process p) throws Exception {
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished in time");
        return new Run(p.exitValue(), out.get(), err.get());
    }

    private Run run(String... args) throws Exception {
        Run r = finish(start(args));
        assertEquals(0, r.exit(), r::toString);
        return r;
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void twoOverlappingRunsOfOneScheduleTakeExactlyOneSnapshot() throws Exception {
        String server = JsonAssert.tree(run("server", "list").out()).get(0).get("id").asText();
        String id = JsonAssert.tree(run("schedule", "create", "--server", server, "--interval", "daily",
                "--max-snapshots", "3", "--name-prefix", "overlap").out()).get("id").asText();
        int before = JsonAssert.tree(run("snapshot", "list", "--server", server).out()).size();

        Process a = start("schedule", "run", id);
        Process b = start("schedule", "run", id);
        Run ra = finish(a);
        Run rb = finish(b);
        assertEquals(0, ra.exit(), ra::toString);
        assertEquals(0, rb.exit(), rb::toString);

        JsonNode resultA = JsonAssert.tree(ra.out()).get(0);
        JsonNode resultB = JsonAssert.tree(rb.out()).get(0);
        assertTrue(resultA.get("skipped").asBoolean() != resultB.get("skipped").asBoolean(),
                "exactly one was skipped:\n" + ra + "\n" + rb);
        Run skipped = resultA.get("skipped").asBoolean() ? ra : rb;
        assertTrue(skipped.err().contains("schedule " + id + " is already running in another process; skipped"), skipped::toString);

        JsonNode after = JsonAssert.tree(run("snapshot", "list", "--server", server, "--name-prefix", "overlap-").out());
        assertEquals(1, after.size(), after::toString);
        assertEquals(before + 1, JsonAssert.tree(run("snapshot", "list", "--server", server).out()).size());
    }
}
