package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.common.Json;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.HomeCliTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Several ids to delete: each gets its result, one failing does not stop (or hide) the others. Before, a missing id in
 * the middle ended the run with its exit 4: the deletes already done were not printed, the ones after it not tried.
 * And {@code --no-wait} says how to wait: the command, pastable, and (several targets) the OPERATION column.
 */
class StartedAndManyDeletesTest extends HomeCliTest {
    private static final String[] CORE = {"--sandbox", "--provider", "core"};

    private String[] core(String... rest) {
        List<String> a = new ArrayList<>(Arrays.asList(CORE));
        a.addAll(Arrays.asList(rest));
        return a.toArray(String[]::new);
    }

    private String snapshotOf(String server) throws Exception {
        return Json.MAPPER.readTree(cli.expect(0, core("-o", "json", "snapshot", "create", "--server", server)).out())
                .get("id").asText();
    }

    @Test
    void aMissingIdAmongSeveralFailsAloneAndTheOthersAreDeleted() throws Exception {
        String first = snapshotOf("126003");
        String last = snapshotOf("126023");
        Result r = cli.expect(10, core("-o", "json", "snapshot", "delete", first, "424242", last, "--yes"));
        JsonNode results = Json.MAPPER.readTree(r.out());
        assertEquals(3, results.size(), r::toString);
        assertEquals(List.of(first, "424242", last), List.of(results.get(0).get("target").asText(),
                results.get(1).get("target").asText(), results.get(2).get("target").asText()));
        assertTrue(results.get(0).get("ok").asBoolean(), r::toString);
        assertEquals("succeeded", results.get(0).get("operation").get("status").asText());
        assertEquals(4, results.get(1).get("error").get("exitCode").asInt(), r::toString);
        assertTrue(results.get(2).get("ok").asBoolean(), r::toString);
        cli.expect(4, core("snapshot", "get", first));
        cli.expect(4, core("snapshot", "get", last));
    }

    @Test
    void allFailingTheSameWayIsThatCode() {
        Result r = cli.expect(4, core("snapshot", "delete", "424242", "424243", "--yes"));
        assertTrue(r.err().contains("0 ok, 2 failed"), r::toString);
    }

    @Test
    void noWaitPrintsThePastableWaitCommand() {
        Result r = cli.expect(0, core("snapshot", "create", "--server", "126003", "--no-wait"));
        Matcher m = Pattern.compile("wait with: (vpsnap .*)").matcher(r.err());
        assertTrue(m.find(), r::toString);
        String command = m.group(1).strip();
        assertTrue(command.startsWith("vpsnap --provider core --sandbox snapshot wait --operation snapshot.create:"),
                command);
        List<String> words = new ArrayList<>(Arrays.asList(command.split(" ")));
        words.remove(0);
        Result waited = cli.expect(0, words.toArray(String[]::new));
        assertTrue(waited.out().contains("available"), waited::toString);
        cli.expect(0, core("-q", "snapshot", "create", "--server", "126023", "--no-wait"));
    }

    @Test
    void severalStartedShowTheirOperationsInTheTable() {
        Result r = cli.expect(0, core("snapshot", "create", "--server", "126003", "--server", "126023", "--no-wait"));
        String header = r.out().lines().findFirst().orElse("");
        assertTrue(header.contains("OPERATION"), r::toString);
        assertEquals(2, r.out().lines().filter(l -> l.contains("snapshot.create:")).count(), r::toString);
        assertTrue(r.err().contains("wait for each with: vpsnap --provider core --sandbox snapshot wait --operation OPERATION"),
                r::toString);
    }
}
