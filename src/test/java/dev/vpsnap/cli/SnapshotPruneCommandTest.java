package dev.vpsnap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.testing.CliHarness;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.FakeClock;
import dev.vpsnap.testing.JsonAssert;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code snapshot prune} against a scripted vps.org: the plan, the guards, and which requests were (not) sent. */
class SnapshotPruneCommandTest extends VpsOrgCliTest {
    @BeforeEach
    void start() throws IOException {
        cli = connect(new FakeClock(), "tok");
        // server 12345: five nightlies on five days, one pending, one manual; server 777: one nightly
        for (int day = 11; day <= 15; day++) {
            stub.snapshots.add(VpsOrgStub.snapshot("80" + day, "nightly-" + day, "completed", "2026-01-" + day + "T03:00:00Z"));
        }
        stub.snapshots.add(VpsOrgStub.snapshot("8099", "nightly-pending", "in_progress", "2026-01-15T11:00:00Z"));
        stub.snapshots.add(VpsOrgStub.snapshot("8000", "manual", "completed", "2025-06-01T00:00:00Z"));
        stub.snapshots.add(VpsOrgStub.snapshot("7001", "777", "nightly-x", "completed", "2025-01-01T00:00:00Z"));
    }

    private List<String> deletes() {
        List<String> paths = new ArrayList<>();
        for (RecordedRequest r : stub.requests) {
            if ("DELETE".equals(r.getMethod())) {
                paths.add(r.getPath().replaceAll("^.*/snapshots/(\\d+)/?$", "$1"));
            }
        }
        return paths;
    }

    @Test
    void deletesWhatThePlanSaysAndPrintsOneJsonDocument() {
        Result r = cli.run("snapshot", "prune", "--server", "12345", "--server", "777", "--name-prefix", "nightly-",
                "--keep-last", "2", "--yes", "-o", "json");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("8013", "8012", "8011"), deletes());
        JsonNode groups = JsonAssert.tree(r.out());
        assertEquals(2, groups.size());
        JsonNode g = groups.get(0);
        assertEquals("12345", g.get("serverId").asText());
        assertEquals(List.of("8099", "8015", "8014"), ids(g.get("keep")));
        assertEquals(List.of("8013", "8012", "8011"), ids(g.get("delete")));
        assertEquals(List.of("8000"), ids(g.get("outsidePrefix")));
        assertEquals("not available (pending)", g.get("keep").get(0).get("reasons").get(0).asText());
        assertTrue(g.get("delete").get(0).get("result").get("ok").asBoolean());
        assertEquals("succeeded", g.get("delete").get(0).get("result").get("operation").get("status").asText());
        JsonNode other = groups.get(1);
        assertEquals(List.of("7001"), ids(other.get("keep")), "the only snapshot of a server is its newest");
        assertEquals("newest available", other.get("keep").get(0).get("reasons").get(0).asText());
        assertTrue(stub.snapshots.stream().anyMatch(s -> s.contains("\"manual\"")), "outside the prefix is untouched");
    }

    @Test
    void tablePlanThenResults() {
        Result r = cli.run("snapshot", "prune", "--server", "12345", "--name-prefix", "nightly-", "--keep-daily", "4", "--yes");
        assertEquals(0, r.exitCode(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals("SERVER  ID    NAME             CREATED               ACTION  REASON", lines.get(0));
        assertTrue(lines.get(1).matches("12345 +8099 +nightly-pending .* keep +not available \\(pending\\)"), r::toString);
        assertTrue(lines.get(2).matches(".*8015 .* keep +newest available, daily 2026-01-15"), r::toString);
        assertTrue(lines.get(6).matches(".*8011 .* delete +no keep rule matched"), r::toString);
        assertTrue(lines.get(7).startsWith("SNAPSHOT  SERVER  RESULT   OPERATION"), r::toString);
        assertTrue(lines.get(8).matches("8011 +12345 +deleted .*"), r::toString);
        assertFalse(r.out().contains("manual"), "outside-prefix rows only with -o wide");
        assertTrue(r.err().contains("server 12345: keep 5, delete 1, 1 outside the prefix"), r::toString);
        assertEquals(List.of("8011"), deletes());
        Result wide = cli.run("snapshot", "prune", "--server", "12345", "--name-prefix", "nightly-", "--keep-daily", "4",
                "--dry-run", "-o", "wide");
        assertTrue(wide.out().lines().anyMatch(l -> l.matches(".*8000 +manual .* keep +outside prefix .*")), wide::toString);
    }

    @Test
    void overMaxDeleteExits11BeforeAnyDelete() {
        Result r = cli.run("snapshot", "prune", "--server", "12345", "--name-prefix", "nightly-", "--keep-last", "1",
                "--max-delete", "3", "--yes");
        assertEquals(11, r.exitCode(), r::toString);
        assertTrue(r.err().contains("more than --max-delete 3"), r::toString);
        assertTrue(r.out().contains("delete"), "the refused plan is shown: " + r);
        assertEquals(0, stub.mutations(), "no delete request was sent");
    }

    @Test
    void defaultMaxDeleteIsTen() {
        for (int i = 10; i < 22; i++) {
            stub.snapshots.add(VpsOrgStub.snapshot("90" + i, "nightly-old" + i, "completed", "2025-01-" + i + "T00:00:00Z"));
        }
        Result r = cli.run("snapshot", "prune", "--server", "12345", "--name-prefix", "nightly-", "--keep-last", "1", "--yes");
        assertEquals(11, r.exitCode(), r::toString);
        assertEquals(0, stub.mutations());
    }

    @Test
    void dryRunSendsNoMutationAndExits0EvenOverTheCap() {
        Result r = cli.run("snapshot", "prune", "--server", "12345", "--name-prefix", "nightly-", "--keep-last", "1",
                "--max-delete", "1", "--dry-run", "-o", "ids");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("8014", "8013", "8012", "8011"), r.out().lines().toList(), "ids of what would go");
        assertTrue(r.err().contains("a real run would be refused (exit 11)"), r::toString);
        assertEquals(0, stub.mutations());
    }

    @Test
    void withoutYesAndWithoutTtyExits2AndSendsNothing() {
        Result r = cli.run("snapshot", "prune", "--server", "12345", "--name-prefix", "nightly-", "--keep-last", "1");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--yes"), r::toString);
        assertEquals(0, stub.requests.size(), "not even a listing");
    }

    @Test
    void emptyPolicyIsRefusedWithExit2AndNothingSent() {
        Result r = cli.run("snapshot", "prune", "--server", "12345", "--name-prefix", "nightly-", "--yes");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("no keep rule"), r::toString);
        assertEquals(0, stub.requests.size());
        assertEquals(2, cli.run("snapshot", "prune", "--server", "12345", "--keep-last", "1", "--yes").exitCode(),
                "--name-prefix is required");
    }

    @Test
    void ttyShowsThePlanThenAsks() {
        Result no = cli.interactive("n\n").run("snapshot", "prune", "--server", "12345", "--name-prefix", "nightly-",
                "--keep-last", "3");
        assertEquals(2, no.exitCode(), no::toString);
        assertTrue(no.out().contains("8011") && no.err().contains("Continue? [y/N]"), no::toString);
        assertEquals(0, stub.mutations());
        Result yes = cli.interactive("y\n").run("snapshot", "prune", "--server", "12345", "--name-prefix", "nightly-",
                "--keep-last", "3");
        assertEquals(0, yes.exitCode(), yes::toString);
        assertEquals(List.of("8012", "8011"), deletes());
    }

    @Test
    void someDeletionsFailingIsExit10WithASummary() {
        stub.refuseDelete.add("8012");
        Result r = cli.run("snapshot", "prune", "--server", "12345", "--name-prefix", "nightly-", "--keep-last", "2",
                "--yes", "-o", "json");
        assertEquals(10, r.exitCode(), r::toString);
        assertEquals(List.of("8013", "8012", "8011"), deletes(), "a failure does not stop the others");
        assertTrue(r.err().contains("1 of 3 deletions failed"), r::toString);
        assertTrue(r.err().contains("could not delete snapshot 8012"), r::toString);
        JsonNode failed = JsonAssert.tree(r.out()).get(0).get("delete").get(1);
        assertEquals("8012", failed.get("snapshot").get("id").asText());
        assertFalse(failed.get("result").get("ok").asBoolean());
        assertTrue(failed.get("result").get("error").asText().contains("HTTP 409"), r::toString);
    }

    @Test
    void nothingToDeleteIsExit0WithoutAsking() {
        Result r = cli.run("snapshot", "prune", "--server", "12345", "--name-prefix", "nightly-", "--keep-within", "30d", "--yes");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(0, stub.mutations());
    }

    private static List<String> ids(JsonNode entries) {
        List<String> ids = new ArrayList<>();
        entries.forEach(e -> ids.add(e.get("snapshot").get("id").asText()));
        return ids;
    }
}
