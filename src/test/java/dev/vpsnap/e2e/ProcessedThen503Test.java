package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.FaultPlan;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCliTest;
import dev.vpsnap.testing.JsonAssert;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A POST the provider processed and a gateway answered {@code 503 Retry-After: 1} is never re-sent without a lookup:
 * per provider, the CLI against the emulator (fault {@link FaultPlan#processThenAnswer503Next}), counting the POSTs
 * that reached the provider and the resources afterwards.
 */
class ProcessedThen503Test extends EmulatorCliTest {
    private static String createPost(String provider) {
        return switch (provider) {
            case "vpsorg" -> "/vpsorg/api/v1/snapshots/$";
            case "core" -> "/core/v1/core/virtual-machines/\\d+/snapshots$";
            case "hostinger" -> "/hostinger/api/vps/v1/virtual-machines/\\d+/snapshot$";
            default -> "/hivelocity/api/v2/vps/snapshot$";
        };
    }

    private static String restorePost(String provider) {
        return switch (provider) {
            case "vpsorg" -> "/vpsorg/api/v1/snapshots/\\d+/restore/$";
            case "core" -> "/core/v1/core/snapshots/\\d+/restore$";
            case "hostinger" -> "/hostinger/api/vps/v1/virtual-machines/\\d+/snapshot/restore$";
            default -> "/hivelocity/api/v2/vps/snapshot/[^/]+$";
        };
    }

    private long named(String provider, String server, String name) {
        Result r = cli.run(provider, "snapshot", "list", "--server", server);
        assertEquals(0, r.exitCode(), r::toString);
        return StreamSupport.stream(JsonAssert.tree(r.out()).spliterator(), false)
                .filter(s -> name.equals(s.path("name").asText())).count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vpsorg", "core", "hivelocity"})
    void aCreateProcessedThenAnswered503IsLookedUpAndMakesExactlyOneSnapshot(String provider) {
        String server = cli.servers(provider).get(0);
        FaultPlan.Watch posts = faults.watch("POST", createPost(provider));
        faults.processThenAnswer503Next("POST", createPost(provider), 1, 3);

        Result r = cli.run(provider, "snapshot", "create", "--server", server, "--name", "once");

        assertEquals(0, r.exitCode(), r::toString);
        JsonNode snap = JsonAssert.tree(r.out());
        assertEquals("once", snap.get("name").asText());
        assertTrue(r.err().contains("failed ambiguously") && r.err().contains("not creating it again"), r::toString);
        assertEquals(1, posts.count(), "the create was sent once");
        assertEquals(1, named(provider, server, "once"), "one snapshot");
    }

    private static String snapshotGet(String provider) {
        return provider.equals("core") ? "/core/v1/core/snapshots/\\d+$" : "/hivelocity/api/v2/vps/snapshot/[^/]+$";
    }

    /**
     * The adopted snapshot is watched by GETs of it; the one the last look saw available is printed, not fetched again.
     * On the emulator's fake clock the watch looks three times (running, running, available); before, a fourth GET
     * read the same snapshot once more. (vps.org's watch reads through the server's list, counted elsewhere.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"core", "hivelocity"})
    void theAdoptedSnapshotIsReadOncePerLookAndNotAgainAfter(String provider) {
        String server = cli.servers(provider).get(0);
        faults.processThenAnswer503Next("POST", createPost(provider), 1, 3);
        FaultPlan.Watch gets = faults.watch("GET", snapshotGet(provider));

        Result r = cli.run(provider, "snapshot", "create", "--server", server, "--name", "looked");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("looked", JsonAssert.tree(r.out()).get("name").asText());
        assertEquals(3, gets.count(), "one GET per look, none after the look that saw it available");
    }

    @Test
    void hostingersOverwritingCreateIsNeverReSent() {
        String vm = cli.servers("hostinger").get(0);
        FaultPlan.Watch posts = faults.watch("POST", createPost("hostinger"));
        faults.processThenAnswer503Next("POST", createPost("hostinger"), 1, 3);

        Result r = cli.run("hostinger", "snapshot", "create", "--server", vm, "--replace");

        // reconciled through the VM's action list: the one create action made since the POST is adopted
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(1, posts.count(), "one create action, not 2-4: a second would overwrite the first's snapshot");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vpsorg", "core", "hivelocity", "hostinger"})
    void aRestoreProcessedThenAnswered503RunsOnceAndIsNotReportedAsDone(String provider) {
        String server = cli.servers(provider).get(0);
        String id = snapshotOn(provider, server, "base");
        FaultPlan.Watch posts = faults.watch("POST", restorePost(provider));
        faults.processThenAnswer503Next("POST", restorePost(provider), 1, 3);

        Result r = provider.equals("core") // core restores into a new VM
                ? cli.run(provider, "snapshot", "restore", id, "--server", server, "--new-vm-name", "restored", "--yes")
                : cli.run(provider, "snapshot", "restore", id, "--server", server, "--yes");

        assertEquals(8, r.exitCode(), r::toString);
        assertTrue(r.err().contains("may have been applied"), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
        assertEquals(1, posts.count(), "the restore ran once");
    }

    @Test
    void aBillableVolumeCreateProcessedThenAnswered503MakesOneVolume() {
        String server = cli.servers("hivelocity").get(0);
        int before = JsonAssert.tree(cli.run("hivelocity", "volume", "list").out()).size();
        FaultPlan.Watch posts = faults.watch("POST", "/hivelocity/api/v2/vps/volume$");
        faults.processThenAnswer503Next("POST", "/hivelocity/api/v2/vps/volume$", 1, 3);

        Result r = cli.run("hivelocity", "volume", "create", "--server", server, "--size", "100", "--yes");

        assertEquals(8, r.exitCode(), r::toString);
        assertEquals(1, posts.count(), "sent once");
        cli.harness().clock().advance(java.time.Duration.ofMinutes(1)); // the volume's task finishes
        assertEquals(before + 1, JsonAssert.tree(cli.run("hivelocity", "volume", "list").out()).size(), "one billable volume");
    }
}
