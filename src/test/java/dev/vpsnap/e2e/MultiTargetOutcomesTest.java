package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCliTest;
import dev.vpsnap.testing.JsonAssert;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A multi-target create prints one result per target on every path. Here the batched poll keeps failing (persistent
 * 429 or 503 from the emulator's fault injection, past the transport's retry budget): every target still gets its
 * result with its operation id and the command that resumes it, and the run ends within its --wait-timeout plus one
 * request timeout (the emulator shares the CLI's fake clock, so this is measured, not slept).
 */
class MultiTargetOutcomesTest extends EmulatorCliTest {
    @ParameterizedTest
    @ValueSource(ints = {429, 503})
    void aBatchedPollThatKeepsFailingStillPrintsEveryTargetWithItsOperation(int status) {
        List<String> ids = cli.servers("core");
        faults.failNext("GET", "/core/v1/core/snapshots$", status, 100_000);
        Instant began = cli.harness().clock().instant();

        Result r = cli.run("core", "snapshot", "create", "--server", ids.get(0), "--server", ids.get(1), "--server", ids.get(2),
                "--name", "poll-" + status + "-{server}", "--wait-timeout", "8s");

        Duration took = Duration.between(began, cli.harness().clock().instant());
        assertTrue(took.compareTo(Duration.ofSeconds(8 + 30)) <= 0, "within --wait-timeout + one request timeout: " + took);
        // 429s are retried with growing pauses until the next would pass the deadline (6); 503s exhaust the retry budget first (8)
        int expected = status == 429 ? 6 : 8;
        assertEquals(expected, r.exitCode(), r::toString);
        JsonNode results = JsonAssert.tree(r.out());
        assertEquals(3, results.size(), r::toString);
        for (int i = 0; i < 3; i++) {
            JsonNode t = results.get(i);
            assertEquals(ids.get(i), t.get("target").asText());
            assertFalse(t.get("ok").asBoolean(), t::toString);
            String op = t.get("operation").get("id").asText();
            assertTrue(op.startsWith("snapshot.create:"), t::toString);
            JsonNode error = t.get("error");
            assertEquals(expected, error.get("exitCode").asInt(), t::toString);
            assertTrue(error.get("hint").asText().endsWith("snapshot wait --operation " + op), t::toString);
            assertTrue(error.get("hint").asText().contains("--provider core --endpoint http://"), t::toString);
        }
        assertTrue(r.err().contains("vpsnap: 0 ok, 3 failed"), r::toString);
    }
}
