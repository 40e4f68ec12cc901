package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import dev.vpsnap.testing.JsonAssert;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --prometheus FILE} on {@code snapshot check} and {@code schedule run}, against the emulator. The text format
 * itself is checked by Prometheus' own parser ({@code promtool check metrics}) in {@code fidelity/prometheus.sh}; here
 * the samples are read back to check their values, and the replace is shown to be a rename.
 */
class PrometheusMetricsTest {
    private static final Pattern SAMPLE = Pattern.compile("([a-z_]+)(?:\\{(.*)})? (\\S+)");
    private final EmulatorCli emu = new EmulatorCli();
    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void setUp() {
        file = dir.resolve("vpsnap.prom");
        emu.harness().env("XDG_CONFIG_HOME", dir.resolve("config").toString()).env("XDG_STATE_HOME", dir.resolve("state").toString());
    }

    @AfterEach
    void close() {
        emu.close();
    }

    /** metric name + "{labels}" → value, and every family with its # HELP and # TYPE gauge. */
    private Map<String, Double> samples() throws Exception {
        String text = Files.readString(file);
        Map<String, Double> out = new HashMap<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("# HELP ")) {
                String name = l.split(" ")[2];
                assertEquals("# TYPE " + name + " gauge", lines.get(i + 1), text);
                continue;
            }
            if (l.startsWith("#")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(l);
            assertTrue(m.matches(), () -> "a sample line: " + l);
            out.put(m.group(1) + "{" + (m.group(2) == null ? "" : m.group(2)) + "}", Double.valueOf(m.group(3)));
        }
        return out;
    }

    @Test
    void snapshotCheckWritesAgeLastSuccessStatusAndTheRun() throws Exception {
        List<String> servers = emu.servers("vpsorg");
        String with = servers.get(0);
        String without = servers.get(1);
        Result made = emu.run("vpsorg", "snapshot", "create", "--server", with, "--name", "nightly-1");
        assertEquals(0, made.exitCode(), made::toString);
        long created = java.time.Instant.parse(JsonAssert.tree(made.out()).get("createdAt").asText()).getEpochSecond();
        emu.harness().clock().advance(Duration.ofHours(2));

        Result r = emu.run("vpsorg", "snapshot", "check", "--server", with, "--server", without, "--name-prefix", "nightly-",
                "--warn-age", "1d", "--crit-age", "2d", "--prometheus", file.toString());
        assertEquals(2, r.exitCode(), "the server without a snapshot is CRITICAL: " + r);
        Map<String, Double> m = samples();
        String w = "provider=\"vpsorg\",profile=\"\",server=\"" + with + "\"";
        String wo = "provider=\"vpsorg\",profile=\"\",server=\"" + without + "\"";
        String run = "command=\"snapshot check\",provider=\"vpsorg\",profile=\"\"";
        assertTrue(m.get("vpsnap_snapshot_age_seconds{" + w + "}") >= 7200, m::toString);
        assertEquals(created, m.get("vpsnap_snapshot_last_success_timestamp_seconds{" + w + "}").longValue());
        assertNull(m.get("vpsnap_snapshot_age_seconds{" + wo + "}"), "no snapshot, no age");
        assertEquals(0, m.get("vpsnap_check_status{" + w + "}"));
        assertEquals(2, m.get("vpsnap_check_status{" + wo + "}"));
        assertEquals(2, m.get("vpsnap_run_exit_code{" + run + "}"));
        assertTrue(m.containsKey("vpsnap_run_duration_seconds{" + run + "}"), m::toString);
        assertEquals(emu.harness().clock().instant().getEpochSecond(), m.get("vpsnap_run_timestamp_seconds{" + run + "}").longValue());

        // a failed check (UNKNOWN) keeps the last success of the previous file, and replaces the file by a rename
        Path previous = dir.resolve("previous.prom");
        Files.createLink(previous, file);
        String before = Files.readString(file);
        Result unknown = emu.harness().env("VPSORG_API_TOKEN", "revoked").run("--provider", "vpsorg", "--endpoint",
                emu.emulator().baseUrl("vpsorg"), "snapshot", "check", "--server", with, "--warn-age", "1d", "--crit-age", "2d",
                "--prometheus", file.toString());
        assertEquals(3, unknown.exitCode(), unknown::toString);
        assertEquals(before, Files.readString(previous), "the old file's inode was never written to");
        Map<String, Double> after = samples();
        assertEquals(created, after.get("vpsnap_snapshot_last_success_timestamp_seconds{" + w + "}").longValue());
        assertEquals(3, after.get("vpsnap_check_status{" + w + "}"));
        assertEquals(3, after.get("vpsnap_run_exit_code{" + run + "}"));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temp file left");
        }
    }

    @Test
    void scheduleRunWritesTheSnapshotItMadeAndItsExitCode() throws Exception {
        String server = emu.servers("vpsorg").get(0);
        Result s = emu.run("vpsorg", "schedule", "create", "--server", server, "--interval", "daily", "--hour", "3",
                "--max-snapshots", "2", "--name-prefix", "prom");
        assertEquals(0, s.exitCode(), s::toString);
        String id = JsonAssert.tree(s.out()).get("id").asText();
        Result r = emu.run("vpsorg", "schedule", "run", id, "--prometheus", file.toString());
        assertEquals(0, r.exitCode(), r::toString);
        long created = java.time.Instant.parse(JsonAssert.tree(r.out()).get(0).get("snapshot").get("createdAt").asText())
                .getEpochSecond();
        Map<String, Double> m = samples();
        String l = "provider=\"vpsorg\",profile=\"\",server=\"" + server + "\",schedule=\"" + id + "\"";
        assertEquals(created, m.get("vpsnap_snapshot_last_success_timestamp_seconds{" + l + "}").longValue(), m::toString);
        assertEquals(0, m.get("vpsnap_check_status{" + l + "}"));
        assertEquals(0, m.get("vpsnap_run_exit_code{command=\"schedule run\",provider=\"vpsorg\",profile=\"\"}"));
    }

    @Test
    void aMissingDirectoryIsRefusedBeforeAnyRequest() {
        Result r = emu.run("vpsorg", "schedule", "run", "--due", "--prometheus", dir.resolve("nope/vpsnap.prom").toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--prometheus: no directory"), r::toString);
    }
}
