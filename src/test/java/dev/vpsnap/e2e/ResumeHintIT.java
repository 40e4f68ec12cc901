package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.testing.JsonAssert;
import dev.vpsnap.testing.Launched;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every resume hint is a complete command: a create whose wait hits its deadline (exit 6) prints
 * {@code resume with: vpsnap … snapshot wait --operation ID}; that line, run as printed by a shell (with the built
 * launcher as {@code vpsnap} on PATH), exits 0 once the operation is done. The built CLI runs as a real process
 * against {@code emulator serve} (and once against its own sandbox).
 */
class ResumeHintIT {
    static Process emulator;
    static int port;

    @TempDir
    Path state;

    @BeforeAll
    static void serve() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        emulator = new ProcessBuilder(Launched.launcher().toString(), "emulator", "serve", "--port", String.valueOf(port),
                "--async-delay", "6s").redirectErrorStream(true).start();
        String first = new BufferedReader(new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertTrue(first != null && first.startsWith("hivelocity"), "emulator up: " + first);
    }

    @AfterAll
    static void stop() throws Exception {
        emulator.destroy();
        emulator.waitFor(10, TimeUnit.SECONDS);
    }

    private static String endpoint(String provider) {
        String prefix = Map.of("hivelocity", "/hivelocity/api/v2", "hostinger", "/hostinger", "vpsorg", "/vpsorg/api/v1",
                "core", "/core/v1").get(provider);
        return "http://127.0.0.1:" + port + prefix;
    }

    private static Map<String, String> keys() {
        Map<String, String> env = new HashMap<>();
        env.put("HIVELOCITY_API_KEY", Emulator.apiKey("hivelocity"));
        env.put("HOSTINGER_API_TOKEN", Emulator.apiKey("hostinger"));
        env.put("VPSORG_API_TOKEN", Emulator.apiKey("vpsorg"));
        env.put("CORE_API_KEY", Emulator.apiKey("core"));
        return env;
    }

    private Launched vpsnap(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Launched.launcher().toString());
        cmd.addAll(List.of(args));
        return Launched.run(cmd, state, env);
    }

    /** The hint's command run by {@code sh -c} exactly as printed, with the launcher as {@code vpsnap} on PATH. */
    private Launched paste(String hint, Map<String, String> env) throws Exception {
        assertTrue(hint.startsWith("resume with: vpsnap "), hint);
        Map<String, String> withPath = new HashMap<>(env);
        withPath.put("PATH", Launched.launcher().getParent() + ":" + System.getenv("PATH"));
        return Launched.run(List.of("sh", "-c", hint.substring("resume with: ".length())), state, withPath);
    }

    private static String firstServer(Launched list) {
        return JsonAssert.tree(list.out()).get(0).get("id").asText();
    }

    /** Exit 6 with the operation on stdout and one JSON error on stderr whose hint resumes it; the hint, pasted, ends 0. */
    private void timesOutThenResumes(Map<String, String> env, List<String> global, String name) throws Exception {
        List<String> list = new ArrayList<>(global);
        list.addAll(List.of("server", "list"));
        Launched servers = vpsnap(env, list.toArray(String[]::new));
        assertEquals(0, servers.exit(), servers::toString);
        List<String> create = new ArrayList<>(global);
        create.addAll(List.of("snapshot", "create", "--server", firstServer(servers), "--wait-timeout", "1s", "--yes"));
        if (!global.contains("hostinger")) {
            create.addAll(List.of("--name", name)); // Hostinger snapshots have no name (--name is exit 9)
        }
        Launched timedOut = vpsnap(env, create.toArray(String[]::new));
        assertEquals(6, timedOut.exit(), timedOut::toString);
        String op = JsonAssert.tree(timedOut.out()).get("id").asText();
        JsonNode error = JsonAssert.tree(timedOut.err()).get("error");
        String hint = error.get("hint").asText();
        assertTrue(hint.endsWith("snapshot wait --operation " + op) || hint.endsWith("snapshot wait --operation '" + op + "'"),
                hint);

        Launched resumed = paste(hint, env);
        assertEquals(0, resumed.exit(), () -> hint + "\n" + resumed);
        JsonNode snap = JsonAssert.tree(resumed.out());
        assertEquals("available", snap.get("status").asText(), resumed::toString);
        if (!global.contains("hostinger")) { // Hostinger snapshots have no name
            assertEquals(name, snap.get("name").asText(), resumed::toString);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hivelocity", "hostinger", "vpsorg", "core"})
    void theHintOfATimedOutCreateWorksPastedAsPrinted(String provider) throws Exception {
        List<String> global = new ArrayList<>(List.of("--provider", provider, "--endpoint", endpoint(provider), "-o", "json"));
        if (provider.equals("hivelocity")) {
            global.addAll(List.of("--facility", "TPA1"));
        }
        timesOutThenResumes(keys(), global, "resume-" + provider);
    }

    @Test
    void aProfileAndItsConfigFileTravelWithTheHint() throws Exception {
        Path config = state.resolve("my config.toml");
        Files.writeString(config, "[profiles.gpu]\nprovider = \"core\"\nendpoint = \"" + endpoint("core")
                + "\"\napi_key_env = \"GPU_KEY\"\n");
        timesOutThenResumes(Map.of("GPU_KEY", Emulator.apiKey("core")),
                List.of("--config", config.toString(), "-p", "gpu", "-o", "json"), "resume-profile");
    }

    @Test
    void theSandboxTravelsWithTheHint() throws Exception {
        timesOutThenResumes(Map.of(), List.of("--sandbox", "--provider", "core", "-o", "json"), "resume-sandbox");
    }

    @Test
    void eachTargetOfATimedOutMultiTargetCreateCarriesAWorkingHint() throws Exception {
        Map<String, String> env = keys();
        List<String> global = List.of("--provider", "vpsorg", "--endpoint", endpoint("vpsorg"), "-o", "json");
        List<String> list = new ArrayList<>(global);
        list.addAll(List.of("server", "list"));
        JsonNode servers = JsonAssert.tree(vpsnap(env, list.toArray(String[]::new)).out());
        List<String> create = new ArrayList<>(global);
        create.addAll(List.of("snapshot", "create", "--server", servers.get(1).get("id").asText(), "--server",
                servers.get(2).get("id").asText(), "--name", "multi-{server}", "--wait-timeout", "1s"));
        Launched r = vpsnap(env, create.toArray(String[]::new));
        assertEquals(6, r.exit(), r::toString);
        JsonNode results = JsonAssert.tree(r.out());
        assertEquals(2, results.size(), r::toString);
        for (JsonNode t : results) {
            assertEquals(6, t.get("error").get("exitCode").asInt(), t::toString);
            assertTrue(t.get("operation").get("id").isTextual(), t::toString);
            Launched resumed = paste(t.get("error").get("hint").asText(), env);
            assertEquals(0, resumed.exit(), resumed::toString);
            assertEquals("available", JsonAssert.tree(resumed.out()).get("status").asText(), resumed::toString);
        }
    }
}
