package dev.vpsnap.provider.hivelocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code created()}: the task names no snapshot, so it is found by name on the volume, newest first. */
class HivelocityCreatedTest extends HivelocityHttpTest {
    static final String TASK = "5c2f9a1e-0b7d-4e3a-8f6c-1d2e3f4a5b6c";
    static final Instant STARTED = Instant.parse("2026-01-15T12:00:01Z");
    static final Snapshot SCHEDULED = new Snapshot("hivelocity", "test", "9021", "pre-upgrade", "5001", null, "3101",
            SnapshotStatus.PENDING, "Scheduled", null, null, null, null, List.of());

    static Operation succeeded(String id, Instant started) {
        return new Operation("hivelocity", id, "snapshot.create", OperationStatus.SUCCEEDED, null, started,
                Instant.parse("2026-01-15T12:03:20Z"), null);
    }

    @Test
    void findsTheNewestSameNameSnapshotOnTheVolumeEvenWhileStillScheduled() {
        reply(200, "volume-get-res.json");
        reply(200, "snapshot-list-created-res.json");

        Snapshot s = hv.snapshots().created(succeeded("create:" + TASK + ":3101:pre-upgrade", STARTED));

        expect("GET", "/vps/volume/3101");
        expect("GET", "/vps/snapshot?deviceId=5001&" + SCOPE);
        expectCount(2);
        assertEquals(SCHEDULED, s);
        assertEquals(List.of(), clock.sleeps());
    }

    @Test
    void looksAgainWhenOnlyAnOlderSnapshotOfThatNameIsListedYet() {
        reply(200, "volume-get-res.json");
        reply(200, "snapshot-list-created-stale-res.json");
        reply(200, "snapshot-list-created-done-res.json");

        Snapshot s = hv.snapshots().created(succeeded("create:" + TASK + ":3101:pre-upgrade", STARTED));

        expect("GET", "/vps/volume/3101");
        expect("GET", "/vps/snapshot?deviceId=5001&" + SCOPE);
        expect("GET", "/vps/snapshot?deviceId=5001&" + SCOPE);
        expectCount(3);
        assertEquals(new Snapshot("hivelocity", "test", "9021", "pre-upgrade", "5001", null, "3101",
                SnapshotStatus.AVAILABLE, "Completed", 3221225472L, Instant.parse("2026-01-15T12:00:05Z"), null, null,
                List.of()), s);
        assertEquals(List.of(CreatedSnapshotFinder.PAUSE), clock.sleeps());
    }

    @Test
    void givesUpWithNotFoundAfterAFewLooks() {
        reply(200, "volume-get-res.json");
        for (int i = 0; i < CreatedSnapshotFinder.ATTEMPTS; i++) {
            reply(200, "snapshot-list-created-stale-res.json");
        }

        VpsnapException e = assertThrows(VpsnapException.class,
                () -> hv.snapshots().created(succeeded("create:" + TASK + ":3101:pre-upgrade", STARTED)));

        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        assertEquals("hivelocity task " + TASK + " succeeded but no snapshot named 'pre-upgrade' is listed on "
                + "volume 3101", e.getMessage());
        expectCount(1 + CreatedSnapshotFinder.ATTEMPTS);
        assertEquals(Collections.nCopies(CreatedSnapshotFinder.ATTEMPTS - 1, CreatedSnapshotFinder.PAUSE),
                clock.sleeps());
    }

    @Test
    void withoutAStartTimeTheNewestSameNameSnapshotIsTaken() {
        reply(200, "volume-get-res.json");
        reply(200, "snapshot-list-created-stale-res.json");

        Snapshot s = hv.snapshots().created(succeeded("create:" + TASK + ":3101:pre-upgrade", null));

        expectCount(2);
        assertEquals("9010", s.id());
    }

    @Test
    void readsVolumeAndNameFromTheTaskMetaDataForABareTaskId() {
        reply(200, "task-success-res.json");
        reply(200, "volume-get-res.json");
        reply(200, "snapshot-list-created-res.json");

        Snapshot s = hv.snapshots().created(succeeded(TASK, STARTED));

        expect("GET", "/network/status/" + TASK);
        expect("GET", "/vps/volume/3101");
        expect("GET", "/vps/snapshot?deviceId=5001&" + SCOPE);
        expectCount(3);
        assertEquals(SCHEDULED, s);
    }

    @Test
    void aBareTaskIdWithoutMetaDataCannotBeResolved() {
        reply(200, "task-nometa-res.json");

        VpsnapException e = assertThrows(VpsnapException.class,
                () -> hv.snapshots().created(succeeded(TASK, STARTED)));

        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        expectCount(1);
    }

    @Test
    void listsTheWholeFacilityWhenTheVolumeIsGone() {
        reply(404, "error-404-res.json");
        reply(200, "snapshot-list-created-res.json");

        Snapshot s = hv.snapshots().created(succeeded("create:" + TASK + ":3101:pre-upgrade", STARTED));

        expect("GET", "/vps/volume/3101");
        expect("GET", "/vps/snapshot?" + SCOPE);
        assertEquals("9021", s.id());
        assertEquals(null, s.serverId());
    }

    @Test
    void refusesAnOperationThatIsNotACreate() {
        VpsnapException e = assertThrows(VpsnapException.class,
                () -> hv.snapshots().created(succeeded("delete:" + TASK + ":9001", STARTED)));

        assertEquals(ExitCode.USAGE, e.exitCode());
        expectCount(0);
    }

    @Test
    void aFailedCreateMadeNoSnapshot() {
        Operation failed = new Operation("hivelocity", "create:" + TASK + ":3101:pre-upgrade", "snapshot.create",
                OperationStatus.FAILED, null, STARTED, STARTED.plus(Duration.ofMinutes(1)), "failed");

        VpsnapException e = assertThrows(VpsnapException.class, () -> hv.snapshots().created(failed));

        assertEquals(ExitCode.OPERATION_FAILED, e.exitCode());
        expectCount(0);
    }
}
