package dev.vpsnap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.vpsnap.ops.schedule.LocalSchedule;
import dev.vpsnap.ops.FileLock;
import dev.vpsnap.ops.schedule.ScheduleRunner;
import dev.vpsnap.ops.schedule.ScheduleStore;
import dev.vpsnap.provider.ProviderRegistry;
import dev.vpsnap.provider.ScheduleCreate;
import dev.vpsnap.provider.core.CoreFactory;
import dev.vpsnap.provider.hivelocity.HivelocityFactory;
import dev.vpsnap.provider.hostinger.HostingerFactory;
import dev.vpsnap.provider.vpsorg.VpsOrgFactory;
import dev.vpsnap.testing.CliHarness;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.FakeClock;
import dev.vpsnap.testing.JsonAssert;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * schedule commands: native ones against a recording fake provider, local ones against the in-process sandbox
 * (vps.org), on one fake clock so waiting, due slots and missed runs cost no real time.
 */
class ScheduleCommandsTest {
    @TempDir
    Path home;
    FakeProvider fake;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        fake = FakeProvider.full("fakehv");
        cli = new CliHarness(new FakeClock(Instant.parse("2026-11-22T10:00:00Z")))
                .env("HOME", home.toString()).env("XDG_STATE_HOME", home.resolve("state").toString())
                .env("XDG_CONFIG_HOME", home.resolve("config").toString()).env("VPSNAP_API_KEY", "k-1")
                .registry(new ProviderRegistry(fake, new HivelocityFactory(), new HostingerFactory(), new VpsOrgFactory(),
                        new CoreFactory()));
    }

    private Result expect(int code, String... args) {
        Result r = cli.run(args);
        assertEquals(code, r.exitCode(), () -> String.join(" ", args) + "\n" + r);
        return r;
    }

    private static String[] sandbox(String... rest) {
        List<String> a = new ArrayList<>(List.of("--sandbox", "--provider", "vpsorg", "-o", "json"));
        a.addAll(List.of(rest));
        return a.toArray(String[]::new);
    }

    /** The sandbox's local schedules live in the sandbox state (never the real store beside the config file). */
    private Path store() {
        return home.resolve("state/vpsnap/sandbox/schedules.json");
    }

    private Path realStore() {
        return home.resolve("config/vpsnap/schedules.json");
    }

    @Test
    void fieldRuleViolationsExitTwoBeforeAnyRequest() {
        String[][] bad = {
                {"--interval", "daily", "--minute", "60"},
                {"--interval", "daily", "--weekday", "1"},
                {"--interval", "monthly", "--day", "29"},
                {"--interval", "monthly"},
                {"--interval", "weekly"},
                {"--interval", "daily", "--timezone", "Europe/Atlantis"},
                {"--interval", "hourly", "--hour", "3"},
                {"--interval", "yearly"},
                {"--interval", "daily", "--name-prefix", "has space"},
                {"--interval", "daily", "--hour", "24"}};
        for (String[] b : bad) {
            for (String provider : List.of("fakehv", "vpsorg")) {
                List<String> args = new ArrayList<>(List.of("--provider", provider, "schedule", "create", "--server", "7",
                        "--max-snapshots", "3"));
                args.addAll(List.of(b));
                Result r = expect(2, args.toArray(String[]::new));
                assertEquals(1, r.err().strip().lines().count(), r::toString);
            }
        }
        expect(2, "--provider", "fakehv", "schedule", "create", "--server", "7", "--volume", "9", "--interval", "daily",
                "--max-snapshots", "3");
        expect(2, "--provider", "fakehv", "schedule", "create", "--server", "7", "--interval", "daily", "--max-snapshots", "0");
        assertEquals(List.of(), fake.calls, "nothing sent");
        assertFalse(Files.exists(store()), "nothing stored");
        assertFalse(Files.exists(realStore()), "nothing stored");
    }

    @Test
    void nativeCreateSendsTheValidatedRequest() {
        JsonNode s = JsonAssert.tree(expect(0, "--provider", "fakehv", "schedule", "create", "--volume", "77", "--interval",
                "Weekly", "--weekday", "7", "--hour", "23", "--minute", "5", "--timezone", "America/New_York",
                "--max-snapshots", "4", "-o", "json").out());
        assertEquals("native", s.get("source").asText());
        assertEquals(List.of(new ScheduleCreate(null, "77", "WEEKLY", 5, 23, 7, null, "America/New_York", 4, "vpsnap-sched")),
                fake.scheduleCreates);
        assertEquals("s1", JsonAssert.tree(expect(0, "--provider", "fakehv", "schedule", "list", "-o", "json").out()).get(0).get("id").asText());
        expect(2, "--provider", "fakehv", "schedule", "delete", "s1");
        expect(0, "--provider", "fakehv", "schedule", "delete", "s1", "--yes");
        assertTrue(fake.calls.contains("schedule.delete s1"), fake.calls::toString);
        Result run = expect(2, "--provider", "fakehv", "schedule", "run", "s1");
        assertTrue(run.err().contains("runs its schedules itself"), run::toString);
        expect(2, "--provider", "fakehv", "schedule", "export", "s1", "--format", "crontab");
        assertFalse(Files.exists(store()));
        assertFalse(Files.exists(realStore()));
    }

    @Test
    void localScheduleLifecycleInTheSandbox() throws Exception {
        String server = JsonAssert.tree(expect(0, sandbox("server", "list")).out()).get(0).get("id").asText();
        JsonNode created = JsonAssert.tree(expect(0, sandbox("schedule", "create", "--server", server, "--interval", "daily",
                "--hour", "3", "--minute", "15", "--timezone", "Europe/Berlin", "--max-snapshots", "2",
                "--name-prefix", "nightly")).out());
        String id = created.get("id").asText();
        assertTrue(id.matches("ls-[0-9a-f]{4}"), id);
        assertEquals("local", created.get("source").asText());
        assertEquals("daily", created.get("interval").asText());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store())));
        assertEquals(id, JsonAssert.tree(expect(0, sandbox("schedule", "list")).out()).get(0).get("id").asText());
        // "nope" is not an id shape, so it is a server name, and no server has it: exit 4 naming it (never an empty list)
        assertTrue(expect(4, sandbox("schedule", "list", "--server", "nope")).err().contains("'nope'"));
        assertEquals(0, JsonAssert.tree(expect(0, "--sandbox", "--provider", "core", "-o", "json", "schedule", "list").out()).size(),
                "another provider's list does not show it");
        assertEquals("Europe/Berlin", JsonAssert.tree(expect(0, sandbox("schedule", "get", id)).out()).get("timezone").asText());
        expect(4, sandbox("schedule", "get", "ls-ffff"));

        List<String> taken = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode results = JsonAssert.tree(expect(0, sandbox("schedule", "run", id)).out());
            assertEquals(1, results.size());
            JsonNode r = results.get(0);
            assertTrue(r.get("ok").asBoolean(), r::toString);
            assertEquals("available", r.get("snapshot").get("status").asText());
            assertTrue(r.get("snapshot").get("name").asText().startsWith("nightly-2026"), r::toString);
            assertTrue(r.get("error").isNull());
            taken.add(r.get("snapshot").get("id").asText());
            if (i == 2) {
                assertEquals(taken.get(0), r.get("deleted").get(0).asText(), "the oldest beyond 2 is pruned");
            } else {
                assertEquals(0, r.get("deleted").size());
            }
            cli.clock().advance(Duration.ofMinutes(1));
        }
        JsonNode left = JsonAssert.tree(expect(0, sandbox("snapshot", "list", "--server", server, "--name-prefix", "nightly-")).out());
        assertEquals(2, left.size());

        // --due: run at 03:15 Berlin; not due again until tomorrow's slot; three days later two runs were missed
        assertEquals(0, JsonAssert.tree(expect(0, sandbox("schedule", "run", "--due")).out()).size());
        cli.clock().advance(Duration.ofDays(3));
        Result due = expect(0, sandbox("schedule", "run", "--due"));
        JsonNode d = JsonAssert.tree(due.out()).get(0);
        assertEquals(2, d.get("missed").asInt(), due::toString);
        assertFalse(d.get("lastRunAt").isNull());
        assertTrue(due.err().contains("missed 2 runs"), due::toString);

        Result exported = expect(0, "--sandbox", "--provider", "vpsorg", "schedule", "export", id, "--format", "kubernetes");
        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(exported.out());
        assertEquals("CronJob", yaml.get("kind").asText());
        assertEquals("15 3 * * *", yaml.at("/spec/schedule").asText());
        assertTrue(expect(0, "--sandbox", "--provider", "vpsorg", "schedule", "export", id, "--format", "systemd").out()
                .contains("OnCalendar=*-*-* 03:15:00 Europe/Berlin"));
        expect(2, sandbox("schedule", "export", id, "--format", "launchd"));

        expect(2, sandbox("schedule", "delete", id));
        assertEquals(id, JsonAssert.tree(expect(0, sandbox("schedule", "delete", id, "--yes")).out()).get("id").asText());
        expect(4, sandbox("schedule", "run", id));
        assertEquals(2, JsonAssert.tree(expect(0, sandbox("snapshot", "list", "--server", server, "--name-prefix", "nightly-"))
                .out()).size(), "deleting a schedule keeps its snapshots");
    }

    @Test
    void aRunWhoseLockIsHeldIsANoOpSuccess() {
        String server = JsonAssert.tree(expect(0, sandbox("server", "list")).out()).get(0).get("id").asText();
        String id = JsonAssert.tree(expect(0, sandbox("schedule", "create", "--server", server, "--interval", "hourly",
                "--max-snapshots", "3")).out()).get("id").asText();
        int before = JsonAssert.tree(expect(0, sandbox("snapshot", "list", "--server", server)).out()).size();
        Optional<FileLock> held = FileLock.tryAcquire(ScheduleRunner.lockFile(home.resolve("state/vpsnap/sandbox/locks"), id));
        assertTrue(held.isPresent());
        try {
            Result r = expect(0, sandbox("schedule", "run", id));
            assertTrue(r.err().contains("schedule " + id + " is already running in another process; skipped"), r::toString);
            JsonNode res = JsonAssert.tree(r.out()).get(0);
            assertTrue(res.get("skipped").asBoolean());
            assertTrue(res.get("ok").asBoolean());
        } finally {
            held.get().close();
        }
        assertEquals(before, JsonAssert.tree(expect(0, sandbox("snapshot", "list", "--server", server)).out()).size(),
                "no snapshot taken");
    }

    @Test
    void someFailedExitsTenWithOneResultEach() {
        String server = JsonAssert.tree(expect(0, sandbox("server", "list")).out()).get(0).get("id").asText();
        String good = JsonAssert.tree(expect(0, sandbox("schedule", "create", "--server", server, "--interval", "daily",
                "--max-snapshots", "3")).out()).get("id").asText();
        expect(4, sandbox("schedule", "create", "--server", "424242", "--interval", "daily", "--max-snapshots", "3"));
        // a schedule whose server went away after it was made
        String bad = "ls-dead";
        new ScheduleStore(store(), home.resolve("state/vpsnap/sandbox/locks/schedules.lock")).update(list -> {
            list.add(new LocalSchedule(bad, null, "vpsorg", "424242", "daily", 0, 0, null, null, "UTC", 3, "vpsnap-sched",
                    cli.clock().instant(), null, null));
            return list;
        });
        Result r = expect(10, sandbox("schedule", "run", good, bad));
        JsonNode results = JsonAssert.tree(r.out());
        assertTrue(results.get(0).get("ok").asBoolean());
        assertFalse(results.get(1).get("ok").asBoolean());
        assertEquals(4, results.get(1).get("error").get("exitCode").asInt(), r::toString);
        assertEquals(4, expect(4, sandbox("schedule", "run", bad)).exitCode(), "one schedule: its own exit code");
        expect(2, sandbox("schedule", "run"));
        expect(2, sandbox("schedule", "run", good, "--due"));
        Result other = expect(2, "--sandbox", "--provider", "core", "schedule", "run", good);
        assertTrue(other.err().contains("provider vpsorg"), other::toString);
    }
}
