package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.emulator.FaultPlan;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCliTest;
import dev.vpsnap.testing.JsonAssert;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A DELETE the provider executed whose answer was lost (processed, then 503) is retried by the transport; the retry
 * finding it gone (or already being deleted) is success, not "not found" or "task in progress": per provider, counted.
 */
class DeleteReconciliationTest extends EmulatorCliTest {
    private static String snapshotDelete(String provider) {
        return switch (provider) {
            case "vpsorg" -> "/vpsorg/api/v1/snapshots/\\d+/$";
            case "core" -> "/core/v1/core/snapshots/\\d+$";
            case "hostinger" -> "/hostinger/api/vps/v1/virtual-machines/\\d+/snapshot$";
            default -> "/hivelocity/api/v2/vps/snapshot/[^/]+$";
        };
    }

    private List<String> ids(String provider, String... list) {
        Result r = cli.run(provider, list);
        assertEquals(0, r.exitCode(), r::toString);
        return StreamSupport.stream(JsonAssert.tree(r.out()).spliterator(), false).map(n -> n.get("id").asText()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vpsorg", "core", "hivelocity", "hostinger"})
    void aSnapshotDeleteWhoseAnswerWasLostIsDone(String provider) {
        String server = cli.servers(provider).get(0);
        String id = snapshotOn(provider, server, "gone");
        FaultPlan.Watch deletes = faults.watch("DELETE", snapshotDelete(provider));
        faults.failAfterApplyingNext("DELETE", snapshotDelete(provider), 503, 1);

        Result r = cli.run(provider, "snapshot", "delete", id, "--server", server, "--yes");

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(deletes.count() >= 2, "the lost answer was retried: " + deletes.count());
        assertTrue(!ids(provider, "snapshot", "list", "--server", server).contains(id), "gone");
    }

    /** The create command of a billable or async resource, and the path of its DELETE. */
    private Result create(String provider, String kind, String server) {
        return switch (provider + " " + kind) {
            case "core volume" -> cli.run(provider, "volume", "create", "--server", server, "--size", "20", "--name", "v",
                    "--type", "Cloud-SSD", "--environment", "default-CANADA-1", "--yes");
            case "hivelocity iso" -> cli.run(provider, "iso", "create", "--name", "i", "--url",
                    "https://example.com/i.iso", "--description", "d");
            default -> cli.run(provider, "volume", "create", "--server", server, "--size", "100", "--yes");
        };
    }

    private static String deletePath(String provider, String kind) {
        return switch (provider + " " + kind) {
            case "core volume" -> "/core/v1/core/volumes/\\d+$";
            case "hivelocity iso" -> "/hivelocity/api/v2/vps/iso/[^/]+$";
            default -> "/hivelocity/api/v2/vps/volume/[^/]+$";
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"hivelocity volume", "core volume", "hivelocity iso"})
    void aVolumeOrIsoDeleteWhoseAnswerWasLostIsDone(String what) {
        String provider = what.split(" ")[0];
        String kind = what.split(" ")[1];
        String server = cli.servers(provider).get(0);
        Result made = create(provider, kind, server);
        assertEquals(0, made.exitCode(), made::toString);
        String id = JsonAssert.tree(made.out()).get("id").asText();
        FaultPlan.Watch deletes = faults.watch("DELETE", deletePath(provider, kind));
        faults.failAfterApplyingNext("DELETE", deletePath(provider, kind), 503, 1);

        Result r = kind.equals("iso") ? cli.run(provider, "iso", "delete", id, "--yes")
                : cli.run(provider, "volume", "delete", id, "--server", server, "--yes");

        assertTrue(deletes.count() >= 2, "the lost answer was retried: " + deletes.count());
        // Hivelocity: the retry meets the task the first DELETE started ("task in progress"), whose id was in the lost
        // answer; the delete is then watched through the resource itself, and done once it is gone
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(!ids(provider, kind, "list").contains(id), "gone");
    }
}
