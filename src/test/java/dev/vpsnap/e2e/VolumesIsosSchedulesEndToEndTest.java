package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.vpsnap.testing.CliHarness;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.FakeClock;
import dev.vpsnap.testing.JsonAssert;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import dev.vpsnap.testing.QuirkCases;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Volumes, ISOs and schedules through the whole CLI against the in-process sandbox emulator: every verb on the
 * providers that have it, exit 9 on those that do not, field rules refused before sending, local schedule runs.
 */
class VolumesIsosSchedulesEndToEndTest {
    @TempDir
    Path dir;
    CliHarness cli;
    FakeClock clock;

    @BeforeEach
    void setUp() {
        clock = new FakeClock(Instant.parse("2026-11-22T10:00:00Z"));
        cli = new CliHarness(clock).env("XDG_STATE_HOME", dir.resolve("state").toString())
                .env("XDG_CONFIG_HOME", dir.resolve("config").toString()).env("HOME", dir.toString());
    }

    private JsonNode ok(String provider, String... rest) {
        List<String> a = new ArrayList<>(List.of("--sandbox", "--provider", provider, "-o", "json"));
        a.addAll(List.of(rest));
        Result r = cli.run(a.toArray(String[]::new));
        assertEquals(0, r.exitCode(), () -> a + "\n" + r);
        return JsonAssert.tree(r.out());
    }

    private Result run(String provider, String... rest) {
        List<String> a = new ArrayList<>(List.of("--sandbox", "--provider", provider));
        a.addAll(List.of(rest));
        return cli.run(a.toArray(String[]::new));
    }

    static List<String> hivelocityQuirks() {
        return QuirkCases.of("hivelocity");
    }

    static List<String> coreQuirks() {
        return QuirkCases.of("core");
    }

    private String firstServer(String provider) {
        return ok(provider, "server", "list").get(0).get("id").asText();
    }

    @ParameterizedTest(name = "quirk [{0}]")
    @MethodSource("hivelocityQuirks")
    void hivelocityVolumeLifecycleGiBInBytesOut(String quirk) {
        cli.env("VPSNAP_SANDBOX_QUIRKS", quirk);
        String server = firstServer("hivelocity");
        JsonNode sizes = ok("hivelocity", "volume", "sizes");
        assertTrue(sizes.size() >= 2, sizes.toString());
        JsonNode created = ok("hivelocity", "volume", "create", "--server", server, "--size", "100", "--yes");
        String id = created.get("id").asText();
        assertEquals(100, created.get("sizeGb").asInt());
        assertEquals(server, created.get("serverId").asText());
        assertEquals(id, ok("hivelocity", "volume", "get", id).get("id").asText());

        Result shrink = run("hivelocity", "volume", "resize", id, "--size", "50", "--yes");
        assertEquals(2, shrink.exitCode(), shrink::toString);
        assertEquals(200, ok("hivelocity", "volume", "resize", id, "--size", "200", "--yes").get("sizeGb").asInt());

        ok("hivelocity", "volume", "detach", id, "--server", server);
        ok("hivelocity", "volume", "attach", id, "--server", server);
        JsonNode deleted = ok("hivelocity", "volume", "delete", id, "--server", server, "--yes");
        assertEquals("succeeded", deleted.get("status").asText());
        for (JsonNode v : ok("hivelocity", "volume", "list", "--server", server)) {
            assertFalse(id.equals(v.get("id").asText()), "deleted volume is gone");
        }
    }

    @ParameterizedTest(name = "quirk [{0}]")
    @MethodSource("coreQuirks")
    void coreVolumesHaveNoResize(String quirk) {
        cli.env("VPSNAP_SANDBOX_QUIRKS", quirk);
        String vm = firstServer("core");
        JsonNode created = ok("core", "volume", "create", "--server", vm, "--size", "20", "--name", "e2e-vol",
                "--environment", "default-CANADA-1", "--type", "Cloud-SSD", "--yes");
        String id = created.get("id").asText();
        ok("core", "volume", "attach", id, "--server", vm);
        ok("core", "volume", "detach", id, "--server", vm);
        Result resize = run("core", "volume", "resize", id, "--size", "40", "--yes");
        assertEquals(9, resize.exitCode(), resize::toString);
        assertTrue(resize.err().contains("no resize API"), resize::toString);
        assertEquals("succeeded", ok("core", "volume", "delete", id, "--yes").get("status").asText());
    }

    @ParameterizedTest(name = "quirk [{0}]")
    @MethodSource("hivelocityQuirks")
    void hivelocityIsoLifecycle(String quirk) {
        cli.env("VPSNAP_SANDBOX_QUIRKS", quirk);
        String server = firstServer("hivelocity");
        JsonNode iso = ok("hivelocity", "iso", "create", "--name", "rescue", "--url", "https://example.com/rescue.iso",
                "--description", "rescue image", "--bootable");
        String id = iso.get("id").asText();
        assertEquals(id, ok("hivelocity", "iso", "get", id).get("id").asText());
        clock.advance(Duration.ofMinutes(5)); // the download finishes
        assertTrue(ok("hivelocity", "iso", "get", id).get("ready").asBoolean());
        assertEquals("succeeded", ok("hivelocity", "iso", "attach", id, "--server", server).get("status").asText());
        assertEquals("succeeded", ok("hivelocity", "iso", "detach", "--server", server).get("status").asText());
        assertEquals("succeeded", ok("hivelocity", "iso", "delete", id, "--yes").get("status").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hostinger", "vpsorg"})
    void volumesAndIsosUnsupportedExit9NamingTheProvider(String provider) {
        for (String[] args : new String[][]{{"volume", "list"}, {"iso", "list"}}) {
            Result r = run(provider, args);
            assertEquals(9, r.exitCode(), r::toString);
            assertTrue(r.err().contains(provider), r::toString);
        }
    }

    @ParameterizedTest(name = "quirk [{0}]")
    @MethodSource("hivelocityQuirks")
    void hivelocityNativeSchedules(String quirk) {
        cli.env("VPSNAP_SANDBOX_QUIRKS", quirk);
        String server = firstServer("hivelocity");
        JsonNode s = ok("hivelocity", "schedule", "create", "--server", server, "--interval", "weekly", "--weekday", "1",
                "--hour", "3", "--minute", "15", "--timezone", "Europe/Berlin", "--max-snapshots", "4");
        assertEquals("native", s.get("source").asText());
        assertEquals("weekly", s.get("interval").asText());
        String id = s.get("id").asText();
        assertEquals(id, ok("hivelocity", "schedule", "get", id).get("id").asText());
        assertTrue(ok("hivelocity", "schedule", "list").toString().contains(id));
        ok("hivelocity", "schedule", "delete", id, "--yes");
    }

    @Test
    void fieldRuleViolationsExit2() {
        String server = firstServer("hivelocity");
        for (String[] bad : new String[][]{
                {"--interval", "daily", "--minute", "60", "--max-snapshots", "3"},
                {"--interval", "daily", "--weekday", "2", "--max-snapshots", "3"},
                {"--interval", "monthly", "--day", "29", "--max-snapshots", "3"},
                {"--interval", "daily", "--timezone", "Mars/Olympus", "--max-snapshots", "3"}}) {
            List<String> args = new ArrayList<>(List.of("schedule", "create", "--server", server));
            args.addAll(List.of(bad));
            Result r = run("hivelocity", args.toArray(String[]::new));
            assertEquals(2, r.exitCode(), r::toString);
        }
        assertEquals("[ ]", cli.run("--sandbox", "--provider", "hivelocity", "schedule", "list", "-o", "json").out().strip());
    }

    static Stream<Arguments> localScheduleProvidersUnderEachQuirk() {
        return QuirkCases.forProviders("vpsorg", "core");
    }

    @ParameterizedTest(name = "{0} quirk [{1}]")
    @MethodSource("localScheduleProvidersUnderEachQuirk")
    void localScheduleRunsPrunesAndExports(String provider, String quirk) throws Exception {
        cli.env("VPSNAP_SANDBOX_QUIRKS", quirk);
        String server = firstServer(provider);
        JsonNode s = ok(provider, "schedule", "create", "--server", server, "--interval", "daily", "--hour", "3",
                "--max-snapshots", "2", "--name-prefix", "e2e");
        assertEquals("local", s.get("source").asText());
        String id = s.get("id").asText();
        for (int i = 0; i < 3; i++) {
            JsonNode run = ok(provider, "schedule", "run", id);
            assertTrue(run.get(0).get("ok").asBoolean(), run.toString());
            clock.advance(Duration.ofDays(1));
        }
        long kept = 0;
        for (JsonNode snap : ok(provider, "snapshot", "list", "--server", server, "--name-prefix", "e2e-")) {
            kept++;
        }
        assertEquals(2, kept, "pruned to --max-snapshots");
        JsonNode k8s = new YAMLMapper().readTree(run(provider, "schedule", "export", id, "--format", "kubernetes").out());
        assertEquals("CronJob", k8s.get("kind").asText());
        assertEquals("Forbid", k8s.get("spec").get("concurrencyPolicy").asText());
        assertTrue(run(provider, "schedule", "export", id, "--format", "systemd").out().contains("OnCalendar="));
        String cron = run(provider, "schedule", "export", id, "--format", "crontab").out();
        assertTrue(cron.lines().anyMatch(l -> l.startsWith("0 3 * * * ")), cron);
        assertEquals(2, run(provider, "schedule", "run").exitCode(), "neither ids nor --due");
        ok(provider, "schedule", "delete", id, "--yes");
    }
}
