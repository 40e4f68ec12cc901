package dev.vpsnap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.testing.CliHarness;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.FakeClock;
import dev.vpsnap.testing.JsonAssert;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code snapshot check} as a monitoring plugin: each state by moving a fake clock past the thresholds, one status
 * line with perfdata on stdout, and every error (usage, auth, provider) as UNKNOWN exit 3.
 */
class SnapshotCheckCommandTest extends VpsOrgCliTest {
    FakeClock clock;

    @BeforeEach
    void start() throws IOException {
        clock = new FakeClock(java.time.Instant.parse("2026-01-15T15:00:00Z"));
        cli = connect(clock, "tok");
        stub.snapshots.add(VpsOrgStub.snapshot("801", "nightly-1", "completed", "2026-01-15T12:00:00Z"));
        stub.snapshots.add(VpsOrgStub.snapshot("802", "nightly-2", "in_progress", "2026-01-15T14:00:00Z"));
        stub.snapshots.add(VpsOrgStub.snapshot("803", "manual", "completed", "2026-01-15T14:30:00Z"));
        stub.snapshots.add(VpsOrgStub.snapshot("701", "777", "nightly-a", "completed", "2026-01-15T13:00:00Z"));
        stub.servers.addAll(List.of("777", "999")); // 999: a server of the account without any snapshot
    }

    private Result check(String... extra) {
        String[] base = {"snapshot", "check", "--server", "12345", "--name-prefix", "nightly-", "--warn-age", "1d",
                "--crit-age", "2d"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return cli.run(all);
    }

    @Test
    void okWithPerfdata() {
        Result r = check();
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("SNAPSHOT OK - newest available snapshot named 'nightly-*' of 12345 is 3h old"
                + "|age_12345=10800s;86400;172800\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void withoutPrefixTheNewestAvailableOfAnyNameCounts() {
        Result r = cli.run("snapshot", "check", "--server", "12345", "--warn-age", "1d", "--crit-age", "2d");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().endsWith("|age_12345=1800s;86400;172800\n"), "manual, 30m, not the pending one: " + r);
    }

    @Test
    void warningOnceOlderThanWarnAge() {
        clock.advance(Duration.ofHours(22)); // 25h old
        Result r = check();
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("SNAPSHOT WARNING - newest available snapshot named 'nightly-*' of 12345 is 1d 1h old (WARNING)"
                + "|age_12345=90000s;86400;172800\n", r.out());
    }

    @Test
    void criticalOnceOlderThanCritAge() {
        clock.advance(Duration.ofHours(46)); // 49h old
        Result r = check();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("SNAPSHOT CRITICAL - "), r::toString);
        assertTrue(r.out().contains("|age_12345=176400s;86400;172800"), r::toString);
    }

    @Test
    void noMatchingAvailableSnapshotIsCritical() {
        Result r = cli.run("snapshot", "check", "--server", "12345", "--name-prefix", "weekly-", "--warn-age", "1d",
                "--crit-age", "2d");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("SNAPSHOT CRITICAL - no available snapshot named 'weekly-*' of 12345 (CRITICAL)"
                + "|age_12345=U;86400;172800\n", r.out());
    }

    @Test
    void worstServerWinsAndEachHasPerfdata() {
        Result r = cli.run("snapshot", "check", "--server", "12345", "--server", "777", "--server", "999",
                "--name-prefix", "nightly-", "--warn-age", "150m", "--crit-age", "1d");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.out().lines().count(), "one line");
        assertTrue(r.out().contains("of 12345 is 3h old (WARNING); newest available snapshot named 'nightly-*' of 777 is 2h old;"
                + " no available snapshot named 'nightly-*' of 999 (CRITICAL)"), r::toString);
        assertTrue(r.out().endsWith("|age_12345=10800s;9000;86400 age_777=7200s;9000;86400 age_999=U;9000;86400\n"), r::toString);
        Result warn = cli.run("snapshot", "check", "--server", "12345", "--server", "777", "--name-prefix", "nightly-",
                "--warn-age", "150m", "--crit-age", "1d");
        assertEquals(1, warn.exitCode(), warn::toString);
    }

    @Test
    void jsonHasStateAndPerServerAges() {
        clock.advance(Duration.ofHours(22));
        Result r = check("-o", "json");
        assertEquals(1, r.exitCode(), r::toString);
        JsonNode o = JsonAssert.tree(r.out());
        assertEquals("WARNING", o.get("state").asText());
        assertEquals(1, o.get("exitCode").asInt());
        assertEquals(86400, o.get("warnAgeSeconds").asLong());
        assertEquals(172800, o.get("critAgeSeconds").asLong());
        JsonNode s = o.get("servers").get(0);
        assertEquals("12345", s.get("serverId").asText());
        assertEquals("WARNING", s.get("state").asText());
        assertEquals(90000, s.get("ageSeconds").asLong());
        assertEquals("801", s.get("snapshot").get("id").asText());
        assertTrue(o.get("line").asText().startsWith("SNAPSHOT WARNING - "));
    }

    @Test
    void providerAndAuthErrorsAreUnknown() {
        stub.override = VpsOrgStub.json(401, "{\"detail\":\"Invalid token.\"}");
        Result r = check();
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("SNAPSHOT UNKNOWN - ") && r.out().contains("HTTP 401"), r::toString);
        assertEquals(1, r.out().lines().count());
        stub.override = VpsOrgStub.json(503, "<html>down</html>");
        Result down = check();
        assertEquals(3, down.exitCode(), down::toString);
        assertTrue(down.out().startsWith("SNAPSHOT UNKNOWN - "), down::toString);
    }

    @Test
    void missingCredentialsAreUnknown() {
        Result r = new CliHarness(clock).env("HOME", home.toString()).env("VPSNAP_PROVIDER", "vpsorg")
                .run("snapshot", "check", "--server", "1", "--warn-age", "1h", "--crit-age", "2h");
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("SNAPSHOT UNKNOWN - no API key"), r::toString);
    }

    @Test
    void usageErrorsAreUnknownNotExit2() {
        Result inverted = cli.run("snapshot", "check", "--server", "12345", "--warn-age", "2d", "--crit-age", "1d");
        assertEquals(3, inverted.exitCode(), inverted::toString);
        assertEquals("SNAPSHOT UNKNOWN - --warn-age (2d) must be shorter than --crit-age (1d)\n", inverted.out());
        assertEquals(3, cli.run("snapshot", "check", "--server", "12345", "--warn-age", "1d", "--crit-age", "1d").exitCode());
        Result missing = cli.run("snapshot", "check", "--server", "12345", "--warn-age", "1d");
        assertEquals(3, missing.exitCode(), missing::toString);
        Result unknownFlag = cli.run("snapshot", "check", "--server", "12345", "--warn-age", "1d", "--crit-age", "2d", "--bogus");
        assertEquals(3, unknownFlag.exitCode(), unknownFlag::toString);
        assertTrue(unknownFlag.out().startsWith("SNAPSHOT UNKNOWN - Unknown option: '--bogus'"), unknownFlag::toString);
        Result badDuration = cli.run("snapshot", "check", "--server", "12345", "--warn-age", "soon", "--crit-age", "2d");
        assertEquals(3, badDuration.exitCode(), badDuration::toString);
        assertEquals(0, stub.requests.size(), "nothing asked of the provider");
    }
}
