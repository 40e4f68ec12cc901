package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import dev.vpsnap.testing.JsonAssert;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code auth status} against the emulator: exit 0 when the key works, 3 when it is refused or missing, 8 unreachable. */
class AuthStatusTest {
    private final EmulatorCli emu = new EmulatorCli();
    @TempDir
    Path home;

    @AfterEach
    void close() {
        emu.close();
    }

    private static String closedPortUrl() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return "http://127.0.0.1:" + s.getLocalPort() + "/vpsorg/api/v1";
        }
    }

    private static JsonNode only(Result r) {
        JsonNode all = JsonAssert.tree(r.out());
        assertEquals(1, all.size(), r::toString);
        return all.get(0);
    }

    @Test
    void aWorkingKeyIsOkWithItsSourceAndLatencyButNeverTheKey() {
        Result r = emu.run("vpsorg", "auth", "status");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode s = only(r);
        assertEquals("ok", s.get("status").asText());
        assertEquals("vpsorg", s.get("provider").asText());
        assertEquals("VPSORG_API_TOKEN", s.get("keySource").asText());
        assertEquals(emu.emulator().baseUrl("vpsorg") + "/", s.get("endpoint").asText().replaceAll("/?$", "/"));
        assertTrue(s.get("latencyMs").asLong() >= 0, r::toString);
        assertTrue(s.get("message").isNull());
        assertFalse(r.out().contains(Emulator.apiKey("vpsorg")) || r.err().contains(Emulator.apiKey("vpsorg")), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void aRefusedKeyIsExit3() {
        Result r = emu.harness().env("VPSORG_API_TOKEN", "not-the-key").run("--provider", "vpsorg", "--endpoint",
                emu.emulator().baseUrl("vpsorg"), "-o", "json", "auth", "status");
        assertEquals(3, r.exitCode(), r::toString);
        JsonNode s = only(r);
        assertEquals("auth-failed", s.get("status").asText());
        assertEquals(401, s.get("httpStatus").asInt());
        assertEquals(3, s.get("exitCode").asInt());
        assertFalse(r.out().contains("not-the-key") || r.err().contains("not-the-key"), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
    }

    @Test
    void anUnreachableEndpointIsExit8() throws IOException {
        Result r = emu.harness().run("--provider", "vpsorg", "--endpoint", closedPortUrl(), "-o", "json", "auth", "status");
        assertEquals(8, r.exitCode(), r::toString);
        JsonNode s = only(r);
        assertEquals("unreachable", s.get("status").asText());
        assertTrue(s.get("httpStatus").isNull());
        assertTrue(s.get("message").asText().contains("connection refused"), r::toString);
    }

    @Test
    void allProfilesEachWithItsOwnKeyAuthBeatsUnreachable() throws IOException {
        Path config = home.resolve("config.toml");
        String ok = "[profiles.web]\nprovider = \"vpsorg\"\nendpoint = \"" + emu.emulator().baseUrl("vpsorg")
                + "\"\napi_key_env = \"WEB_KEY\"\n";
        String gone = "[profiles.old]\nprovider = \"vpsorg\"\nendpoint = \"" + closedPortUrl() + "\"\napi_key_env = \"WEB_KEY\"\n";
        String refused = "[profiles.gpu]\nprovider = \"core\"\nendpoint = \"" + emu.emulator().baseUrl("core")
                + "\"\napi_key_env = \"GPU_KEY\"\n";
        String nokey = "[profiles.cold]\nprovider = \"core\"\nendpoint = \"" + emu.emulator().baseUrl("core")
                + "\"\napi_key_env = \"COLD_KEY\"\n";
        Files.writeString(config, ok + "\n" + gone + "\n" + refused + "\n" + nokey);
        Result r = emu.harness().env("VPSNAP_CONFIG", config.toString()).env("WEB_KEY", Emulator.apiKey("vpsorg"))
                .env("GPU_KEY", "wrong-gpu-key").run("-o", "json", "auth", "status", "--all-profiles");
        assertEquals(3, r.exitCode(), r::toString);
        JsonNode all = JsonAssert.tree(r.out());
        assertEquals(4, all.size(), r::toString);
        java.util.Map<String, JsonNode> by = new java.util.HashMap<>();
        all.forEach(s -> by.put(s.get("profile").asText(), s));
        assertEquals("ok", by.get("web").get("status").asText());
        assertEquals("profile 'web' api_key_env WEB_KEY", by.get("web").get("keySource").asText());
        assertEquals("unreachable", by.get("old").get("status").asText());
        assertEquals("auth-failed", by.get("gpu").get("status").asText());
        assertEquals("auth-failed", by.get("cold").get("status").asText());
        assertTrue(by.get("cold").get("keySource").isNull() && by.get("cold").get("latencyMs").isNull(), r::toString);
        assertEquals(3, r.err().lines().count(), "one line per failed profile: " + r);

        Files.writeString(config, ok + "\n" + gone);
        Result unreachable = emu.harness().env("VPSNAP_CONFIG", config.toString()).env("WEB_KEY", Emulator.apiKey("vpsorg"))
                .run("auth", "status", "--all-profiles");
        assertEquals(8, unreachable.exitCode(), unreachable::toString);
        assertTrue(unreachable.out().startsWith("PROFILE"), "a table by default: " + unreachable);
    }
}
