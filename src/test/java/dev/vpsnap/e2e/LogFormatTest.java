package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import dev.vpsnap.testing.JsonAssert;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --log-format} and the one stderr writer, through the CLI against the emulator: json makes every stderr line
 * (wire lines, state changes, notes, the error) one object and leaves stdout alone; text off a terminal is timestamped;
 * control characters and line breaks in arguments never reach stderr raw (issue 14, point 10).
 */
class LogFormatTest {
    private final EmulatorCli emu = new EmulatorCli();

    @AfterEach
    void close() {
        emu.close();
    }

    private static List<JsonNode> jsonLines(Result r) {
        List<JsonNode> lines = new ArrayList<>();
        r.err().lines().forEach(l -> {
            JsonNode n = JsonAssert.tree(l);
            assertTrue(n.isObject(), () -> "one object per line: " + l);
            assertTrue(n.get("ts").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"), l);
            assertTrue(n.get("level").asText().matches("debug|info|warn|error"), l);
            assertTrue(n.hasNonNull("event") && n.has("message"), l);
            lines.add(n);
        });
        return lines;
    }

    @Test
    void jsonMakesEveryStderrLineAnObjectAndLeavesStdoutAlone() {
        String server = emu.servers("vpsorg").get(0);
        Result plain = emu.run("vpsorg", "snapshot", "list", "--server", server);
        Result r = emu.run("vpsorg", "--log-format", "json", "-v", "snapshot", "create", "--server", server, "--name", "logs-1");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("logs-1", JsonAssert.tree(r.out()).get("name").asText(), "stdout is the document, as without the flag");
        List<JsonNode> lines = jsonLines(r);
        assertTrue(lines.stream().anyMatch(l -> l.get("event").asText().equals("http") && l.get("method").asText().equals("POST")
                && l.get("status").asInt() > 0), r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.get("message").asText().contains("snapshot.create")), "state changes: " + r);
        assertFalse(r.err().contains(Emulator.apiKey("vpsorg")), r::toString);
        assertEquals(JsonAssert.tree(plain.out()).getNodeType(), JsonAssert.tree(emu.run("vpsorg", "--log-format", "json",
                "snapshot", "list", "--server", server).out()).getNodeType());
    }

    @Test
    void debugLinesAndTheErrorAreObjectsToo() {
        Result r = emu.run("vpsorg", "--log-format", "json", "--debug", "snapshot", "get", "424242");
        assertEquals(4, r.exitCode(), r::toString);
        List<JsonNode> lines = jsonLines(r);
        assertTrue(lines.stream().anyMatch(l -> l.get("level").asText().equals("debug")), r::toString);
        JsonNode error = lines.stream().filter(l -> l.get("event").asText().equals("error")).findFirst().orElseThrow();
        assertEquals("error", error.get("level").asText());
        assertEquals(4, error.get("error").get("exitCode").asInt());
        assertFalse(r.err().contains(Emulator.apiKey("vpsorg")), r::toString);
    }

    @Test
    void theEnvironmentVariableSelectsJsonAndAnInvalidFormatIsAUsageError() {
        Result env = emu.harness().env("VPSNAP_LOG_FORMAT", "json").run("--provider", "vpsorg", "--endpoint",
                emu.emulator().baseUrl("vpsorg"), "snapshot", "get", "424242");
        assertEquals(4, env.exitCode(), env::toString);
        assertEquals(1, jsonLines(env).size(), env::toString);

        Result bad = emu.run("vpsorg", "--log-format", "xml", "server", "list");
        assertEquals(2, bad.exitCode(), bad::toString);
        assertEquals(1, bad.err().strip().lines().count(), bad::toString);
        assertTrue(bad.err().contains("--log-format: 'xml' is not text or json"), bad::toString);
        assertEquals("", bad.out());
    }

    @Test
    void textOffATerminalIsTimestampedAndACraftedIdCannotForgeALine() {
        Result r = emu.harness().run("--provider", "vpsorg", "--endpoint", emu.emulator().baseUrl("vpsorg"),
                "snapshot", "get", "12\nvpsnap: snapshot 12 deleted\u001b[2J\u0007");
        assertTrue(r.exitCode() != 0, r::toString);
        assertEquals(1, r.err().lines().count(), "one line: " + r);
        assertTrue(r.rawErr().startsWith("2026-01-15T12:00:00.000Z vpsnap: snapshot get 12\\nvpsnap: "), r::toString);
        assertFalse(r.err().contains("\u001b") || r.err().contains("\u0007"), r::toString);
    }

    @Test
    void binaryServersFromInputNeverReachesStderrRaw() {
        byte[] junk = new byte[256];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 37);
        }
        String stdin = new String(junk, java.nio.charset.StandardCharsets.ISO_8859_1);
        Result r = emu.harness().stdin(stdin).run("--provider", "vpsorg", "--endpoint", emu.emulator().baseUrl("vpsorg"),
                "snapshot", "create", "--servers-from", "-", "--no-wait");
        assertTrue(r.exitCode() != 0, r::toString);
        for (String line : r.rawErr().split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            assertTrue(line.startsWith("2026-01-15T12:00:00.000Z vpsnap: "), () -> "every line is a vpsnap line: " + line);
            assertFalse(line.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f || (c >= 0x80 && c <= 0x9f)),
                    () -> "no control character: " + line);
        }
    }
}
