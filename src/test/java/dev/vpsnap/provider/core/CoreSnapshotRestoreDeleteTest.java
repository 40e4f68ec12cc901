package dev.vpsnap.provider.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.provider.SnapshotRestore;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** Restore (into a NEW VM) and delete. */
class CoreSnapshotRestoreDeleteTest extends CoreMockServerTest {

    @Test
    void restoreCreatesANewVmAndTheOperationFollowsIt() {
        respond(200, "snapshot-restore-res.json");

        Operation op = core.snapshots().restore(new SnapshotRestore("5001", "101", "restored-web"));

        expect("POST", "/v1/core/snapshots/5001/restore", "snapshot-restore-req.json");
        expectRequestCount(1);
        assertEquals(new Operation("core", "snapshot.restore:103:5001", "snapshot.restore", OperationStatus.RUNNING,
                "103", clock.instant(), null,
                "restoring snapshot 5001 into new VM 'restored-web' (id 103): Snapshot restore initiated"), op);
    }

    @Test
    void restoreWithoutANewVmNameIsRefusedBeforeSending() {
        VpsnapException e = assertThrows(VpsnapException.class,
                () -> core.snapshots().restore(new SnapshotRestore("5001", "101", null)));

        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("core restores a snapshot into a new VM: pass --new-vm-name NAME", e.getMessage());
        assertEquals(ExitCode.USAGE, assertThrows(VpsnapException.class, () -> core.snapshots()
                .restore(new SnapshotRestore("5001", null, "x".repeat(51)))).exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(VpsnapException.class, () -> core.snapshots()
                .restore(new SnapshotRestore("latest", null, "new"))).exitCode());
        expectRequestCount(0);
    }

    @Test
    void deleteReturnsAnOperationThatPollsUntilNotFound() {
        respond(200, "snapshot-delete-res.json");

        Operation op = core.snapshots().delete("5001", "101");

        expect("DELETE", "/v1/core/snapshots/5001");
        expectRequestCount(1);
        assertEquals(new Operation("core", "snapshot.delete:5001", "snapshot.delete", OperationStatus.RUNNING, "5001",
                clock.instant(), null, "Snapshot deleted successfully"), op);
    }

    @Test
    void aBodilessDeleteAnswerIsAcceptedToo() {
        server.enqueue(new MockResponse().setResponseCode(204));

        Operation op = core.snapshots().delete("5001", null);

        expect("DELETE", "/v1/core/snapshots/5001");
        assertEquals(OperationStatus.RUNNING, op.status());
        assertEquals("deleting snapshot 5001", op.message());
    }

    @Test
    void deleteConflictIsARejectionWithAHint() {
        respond(409, "error-409-res.json");

        VpsnapException e = assertThrows(VpsnapException.class, () -> core.snapshots().delete("5001", null));

        assertEquals(ExitCode.REJECTED, e.exitCode());
        assertEquals(409, e.httpStatus());
        assertEquals("Snapshot is in use by image 77 and cannot be deleted [conflict]", e.getMessage());
        assertEquals("the snapshot is in use or busy (an operation in progress); try again once it is idle", e.hint());
        expect("DELETE", "/v1/core/snapshots/5001");
        expectRequestCount(1);
    }
}
