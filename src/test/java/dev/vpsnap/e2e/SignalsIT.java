package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.testing.JsonAssert;
import dev.vpsnap.testing.Launched;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SIGINT and SIGTERM take one path: while a POST is unanswered, or during a multi-target wait, the built CLI (a real
 * process) prints what is known — that the request may have been applied, or each target's operation id with the
 * command that resumes it — and exits 130 (SIGINT) or 143 (SIGTERM).
 */
class SignalsIT {
    @TempDir
    Path state;

    private Process start(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Launched.launcher().toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().keySet().removeIf(k -> k.startsWith("VPSNAP_") || k.endsWith("_API_KEY") || k.endsWith("_API_TOKEN"));
        pb.environment().put("XDG_STATE_HOME", state.toString());
        pb.environment().put("XDG_CONFIG_HOME", state.resolve("config").toString());
        pb.environment().put("CORE_API_KEY", Emulator.apiKey("core"));
        return pb.start();
    }

    /** {@code kill -NAME pid} (Process.destroy would close the streams we read). */
    private static void signal(Process p, String name) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + name, String.valueOf(p.pid())).start().waitFor());
    }

    /** A child of a process that ignores SIGINT (a non-interactive shell's background job) inherits the ignoring. */
    private static boolean sigintIgnoredHere() throws Exception {
        for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & 0x2) != 0;
            }
        }
        return false;
    }

    private record Running(Process process, CompletableFuture<String> out, CompletableFuture<String> err) {
        static Running of(Process p) {
            return new Running(p, CompletableFuture.supplyAsync(() -> read(p.getInputStream())),
                    CompletableFuture.supplyAsync(() -> read(p.getErrorStream())));
        }

        Launched finish() throws Exception {
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ended after the signal");
            return new Launched(process.exitValue(), out.get(), err.get());
        }
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void aSignalWhileThePostIsUnansweredSaysItMayHaveBeenApplied(String signal) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(signal.equals("INT") && sigintIgnoredHere(),
                "SIGINT is ignored by this test run's parent (a background job): its children cannot receive it");
        try (ServerSocket blackHole = new ServerSocket(0)) {
            Process p = start(List.of("--provider", "core", "--endpoint", "http://127.0.0.1:" + blackHole.getLocalPort() + "/core/v1",
                    "-o", "json", "snapshot", "create", "--server", "126003", "--name", "unanswered"));
            try (Socket s = blackHole.accept()) {
                String requestLine = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                assertTrue(requestLine.startsWith("POST /core/v1/core/virtual-machines/126003/snapshots"), requestLine);
                Running running = Running.of(p);
                signal(p, signal);
                Launched r = running.finish();
                int code = signal.equals("INT") ? 130 : 143;
                assertEquals(code, r.exit(), r::toString);
                assertEquals(1, r.err().strip().lines().count(), r::toString);
                JsonNode error = JsonAssert.tree(r.err()).get("error");
                assertEquals(code, error.get("exitCode").asInt(), r::toString);
                assertTrue(error.get("message").asText().contains("SIG" + signal + ") while the request was unanswered"), r::toString);
                assertTrue(error.get("hint").asText().contains("may have been applied"), r::toString);
            }
        }
    }

    @Test
    void sigtermDuringAMultiTargetWaitPrintsEveryTargetWithItsOperation() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process emu = new ProcessBuilder(Launched.launcher().toString(), "emulator", "serve", "--port", String.valueOf(port),
                "--async-delay", "10m").redirectErrorStream(true).start();
        try {
            String first = new BufferedReader(new InputStreamReader(emu.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertTrue(first != null && first.startsWith("hivelocity"), "emulator up: " + first);
            String endpoint = "http://127.0.0.1:" + port + "/core/v1";
            HttpClient http = HttpClient.newHttpClient();
            Launched servers = Running.of(start(List.of("--provider", "core", "--endpoint", endpoint, "-o", "json",
                    "server", "list"))).finish();
            assertEquals(0, servers.exit(), servers::toString);
            JsonNode list = JsonAssert.tree(servers.out());
            int before = JsonAssert.tree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + Emulator.STATS_PATH)).build(), HttpResponse.BodyHandlers.ofString()).body()).get("requests").asInt();
            Process p = start(List.of("--provider", "core", "--endpoint", endpoint, "-o", "json", "snapshot", "create",
                    "--server", list.get(0).get("id").asText(), "--server", list.get(1).get("id").asText(),
                    "--name", "sig-{server}"));
            Running running = Running.of(p);
            // the wait has begun once both creates are made and a poll round has listed them
            int polls = 0;
            while (polls < 1) {
                assertTrue(!p.waitFor(200, TimeUnit.MILLISECONDS), "still waiting");
                HttpResponse<String> stats = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + Emulator.STATS_PATH)).build(), HttpResponse.BodyHandlers.ofString());
                int requests = JsonAssert.tree(stats.body()).get("requests").asInt();
                polls = requests - before - 2; // two POSTs, then one list per round
            }
            signal(p, "TERM");
            Launched r = running.finish();
            assertEquals(143, r.exit(), r::toString);
            JsonNode results = JsonAssert.tree(r.out());
            assertEquals(2, results.size(), r::toString);
            for (JsonNode t : results) {
                assertEquals(143, t.get("error").get("exitCode").asInt(), t::toString);
                String op = t.get("operation").get("id").asText();
                assertTrue(op.startsWith("snapshot.create:"), t::toString);
                assertTrue(t.get("error").get("hint").asText().endsWith("snapshot wait --operation " + op), t::toString);
            }
            assertTrue(r.err().contains("0 ok, 2 failed"), r::toString);
        } finally {
            emu.destroy();
            emu.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
