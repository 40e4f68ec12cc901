package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCliTest;
import dev.vpsnap.testing.JsonAssert;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Under {@code -o json} a failed run's stderr is exactly one JSON object: the reconciliation notes a create says
 * before it gives up are folded into that object's hint instead of preceding it as lines; a dry run is one JSON
 * document of the requests it would send.
 */
class JsonStderrTest extends EmulatorCliTest {
    @Test
    void reconciliationNotesAreFoldedIntoTheOneErrorObject() {
        String server = cli.servers("core").get(0);
        // every create answered 503 before it is processed: looked for, certainly absent, sent again, three times
        cli.emulator().faults().failNext("POST", "/core/v1/core/virtual-machines/[0-9]+/snapshots$", 503, 3);

        Result r = cli.run("core", "snapshot", "create", "--server", server, "--name", "json-err");

        assertEquals(8, r.exitCode(), r::toString);
        assertEquals(1, r.err().strip().lines().count(), () -> "one line on stderr: " + r);
        JsonNode error = JsonAssert.tree(r.err()).get("error");
        assertEquals(8, error.get("exitCode").asInt());
        assertTrue(error.get("hint").asText().contains("certainly absent, sending it again"), r::toString);
    }

    @Test
    void aDryRunUnderJsonIsOneDocumentOfPlannedRequests() {
        String server = cli.servers("core").get(0);
        int before = cli.emulator().requestCount();

        Result r = cli.run("core", "snapshot", "create", "--server", server, "--name", "planned", "--dry-run");

        assertEquals(0, r.exitCode(), r::toString);
        JsonNode planned = JsonAssert.tree(r.out());
        assertEquals(1, planned.size(), r::toString);
        assertEquals("POST", planned.get(0).get("method").asText());
        assertTrue(planned.get(0).get("url").asText().endsWith("/core/virtual-machines/" + server + "/snapshots"), r::toString);
        assertEquals("planned", planned.get(0).get("body").get("name").asText(), r::toString);
        assertTrue(!r.out().contains("sandbox-core-key") && !r.err().contains("sandbox-core-key"), r::toString);
        assertEquals(List.of(), List.of(r.out().lines().filter(l -> l.startsWith("curl")).toArray()), "no curl line in JSON");
        assertEquals(before, cli.emulator().requestCount(), "nothing sent");
    }
}
