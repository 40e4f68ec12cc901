package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCliTest;
import dev.vpsnap.testing.JsonAssert;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code snapshot create} and {@code snapshot list} on several servers at once, against the in-process emulator on the CLI's fake clock. */
class FanOutTest extends EmulatorCliTest {
    private Result run(String provider, String... rest) {
        return cli.run(provider, rest);
    }

    private List<String> servers(String provider) {
        return cli.servers(provider);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vpsorg", "core"})
    void oneResultPerTargetAndTheWaitPollsInBatch(String provider) {
        List<String> ids = servers(provider);
        int before = cli.emulator().requestCount();

        Result r = run(provider, "snapshot", "create", "--server", ids.get(0), "--server", ids.get(1), "--server", ids.get(2),
                "--name", "fan-{server}", "--parallel", "2");

        assertEquals(0, r.exitCode(), r::toString);
        JsonNode results = JsonAssert.tree(r.out());
        assertEquals(3, results.size());
        for (int i = 0; i < 3; i++) {
            JsonNode t = results.get(i);
            assertEquals(ids.get(i), t.get("target").asText());
            assertTrue(t.get("ok").asBoolean(), t::toString);
            assertEquals("available", t.get("snapshot").get("status").asText());
            assertEquals("fan-" + ids.get(i), t.get("snapshot").get("name").asText());
            assertTrue(t.get("error").isNull());
        }
        assertTrue(r.err().contains("vpsnap: 3 ok, 0 failed"), r::toString);
        // creates (vpsorg also lists to check its limit of 5), then one list per poll round and nothing after: the
        // last round's list already held the finished snapshots; polling one by one would cost 3 requests a round
        int perCreate = provider.equals("vpsorg") ? 2 : 1;
        int rounds = cli.emulator().requestCount() - before - 3 * perCreate;
        assertTrue(rounds >= 1 && rounds <= 4, "poll rounds (one request each): " + rounds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vpsorg", "core"})
    void partlyFromStdin(String provider) {
        List<String> ids = servers(provider);
        cli.harness().stdin("# web tier\n" + ids.get(0) + "\n\n999999  # gone\n" + ids.get(1) + "\n");

        Result r = run(provider, "snapshot", "create", "--servers-from", "-", "--name", "partly-{server}");

        assertEquals(10, r.exitCode(), r::toString);
        JsonNode results = JsonAssert.tree(r.out());
        assertEquals(3, results.size());
        assertTrue(results.get(0).get("ok").asBoolean());
        assertFalse(results.get(1).get("ok").asBoolean());
        assertEquals("999999", results.get(1).get("target").asText());
        assertTrue(results.get(1).get("snapshot").isNull());
        int code = results.get(1).get("error").get("exitCode").asInt();
        assertTrue(code == 4 || code == 5, results.get(1)::toString);
        assertTrue(results.get(2).get("ok").asBoolean());
        assertTrue(r.err().contains("vpsnap: 2 ok, 1 failed"), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vpsorg", "core"})
    void allFailedWithOneCodeExitsWithThatCode(String provider) {
        Result r = run(provider, "snapshot", "create", "--server", "999998", "--server", "999999", "--name", "none");

        int code = JsonAssert.tree(r.out()).get(0).get("error").get("exitCode").asInt();
        assertEquals(code, r.exitCode(), r::toString);
        assertTrue(r.err().contains("vpsnap: 0 ok, 2 failed"), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vpsorg", "core"})
    void listOfSeveralServersStaysOneFlatArrayAndSaysWhichFailed(String provider) {
        List<String> ids = servers(provider);
        run(provider, "snapshot", "create", "--server", ids.get(0), "--server", ids.get(1), "--name", "l-{server}");

        Result r = run(provider, "snapshot", "list", "--server", ids.get(0), "--server", "abc", "--server", ids.get(1),
                "--name-prefix", "l-");

        assertEquals(10, r.exitCode(), r::toString);
        JsonNode list = JsonAssert.tree(r.out());
        assertEquals(2, list.size(), r::toString);
        assertTrue(list.get(0).has("id") && !list.get(0).has("target"), "snapshots, not per-target results");
        assertTrue(r.err().contains("snapshot list --server abc"), r::toString);
    }
}
