package dev.vpsnap.provider.hivelocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.Quirk;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import dev.vpsnap.testing.JsonAssert;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hivelocity in the states its spec describes that the default emulator does not show, through the whole CLI and the
 * real transport against the in-process emulator (one fake clock).
 */
class HivelocityQuirksTest {

    /** The README promises create waits until the snapshot is available; the task's Success alone is not that. */
    @Test
    void createWaitsForTheSnapshotsOwnStateNotOnlyTheTask() {
        try (EmulatorCli cli = new EmulatorCli(Set.of(Quirk.HIVELOCITY_TASK_BEFORE_SNAPSHOT))) {
            String server = cli.servers("hivelocity").get(0);

            Result r = cli.run("hivelocity", "snapshot", "create", "--server", server, "--name", "after-task");

            assertEquals(0, r.exitCode(), r::toString);
            JsonNode snap = JsonAssert.tree(r.out());
            assertEquals("available", snap.get("status").asText(), r::toString);
            assertEquals("Completed", snap.get("providerStatus").asText(), r::toString);
        }
    }

    @Test
    void aResumedCreateWaitAlsoWaitsForTheSnapshot() {
        try (EmulatorCli cli = new EmulatorCli(Set.of(Quirk.HIVELOCITY_TASK_BEFORE_SNAPSHOT))) {
            String server = cli.servers("hivelocity").get(0);
            Result started = cli.run("hivelocity", "snapshot", "create", "--server", server, "--name", "resumed",
                    "--no-wait");
            assertEquals(0, started.exitCode(), started::toString);

            Result r = cli.run("hivelocity", "snapshot", "wait", "--operation",
                    JsonAssert.tree(started.out()).get("id").asText());

            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("available", JsonAssert.tree(r.out()).get("status").asText(), r::toString);
        }
    }

    /** {@code result: null} while pending (the spec: null also means pending) is not an end. */
    @Test
    void aNullResultIsPending() {
        Result r = createUnder(Quirk.HIVELOCITY_RESULT_NULL);
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("available", JsonAssert.tree(r.out()).get("status").asText(), r::toString);
    }

    /** A task that ends Failed is exit 7 naming the task, never 0. */
    @Test
    void aFailedTaskIsExitSeven() {
        Result r = createUnder(Quirk.HIVELOCITY_TASK_FAILED);
        assertEquals(7, r.exitCode(), r::toString);
        assertTrue(r.err().contains("Failed"), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
    }

    private static Result createUnder(Quirk quirk) {
        try (EmulatorCli cli = new EmulatorCli(Set.of(quirk))) {
            return cli.run("hivelocity", "snapshot", "create", "--server", cli.servers("hivelocity").get(0), "--name",
                    "under-" + quirk.id());
        }
    }
}
