package dev.vpsnap.provider.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.provider.SnapshotCreate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreSnapshotCreateTest extends CoreMockServerTest {

    @Test
    void createPostsNameDescriptionAndLabelsAndReturnsAPollableOperation() {
        respond(201, "snapshot-create-res.json");

        Operation op = core.snapshots().create(new SnapshotCreate("101", null, "nightly-2025-01-15", "nightly",
                List.of("env=prod", "tier=gpu"), false));

        expect("POST", "/v1/core/virtual-machines/101/snapshots", "snapshot-create-req.json");
        expectRequestCount(1);
        assertEquals(new Operation("core", "snapshot.create:5003", "snapshot.create", OperationStatus.RUNNING, "5003",
                clock.instant(), null, "Snapshot creation initiated"), op);
    }

    @Test
    void withoutDescriptionAGeneratedOneIsSentAndNoLabels() {
        respond(201, "snapshot-create-res.json");

        core.snapshots().create(new SnapshotCreate("101", null, "ad-hoc", null, List.of(), false));

        expect("POST", "/v1/core/virtual-machines/101/snapshots", "snapshot-create-default-description-req.json");
        expectRequestCount(1);
    }

    @Test
    void createdFetchesTheSnapshot() {
        respond(200, "snapshot-get-res.json");
        Operation done = new Operation("core", "snapshot.create:5001", "snapshot.create", OperationStatus.SUCCEEDED,
                "5001", null, null, null);

        assertEquals(CoreSnapshotReadTest.NIGHTLY_14.withServerName("gpu-train-01"), core.snapshots().created(done));

        expect("GET", "/v1/core/snapshots/5001");
        expectRequestCount(1);
    }

    @Test
    void aTwoHundredWithStatusFalseIsARejection() {
        respond(200, "error-status-false-res.json");

        VpsnapException e = assertThrows(VpsnapException.class, () -> core.snapshots().create(
                new SnapshotCreate("101", null, "x", null, List.of(), false)));

        assertEquals(ExitCode.REJECTED, e.exitCode());
        assertEquals("VM must be ACTIVE or SHUTOFF to take a snapshot [invalid_state]", e.getMessage());
        expectRequestCount(1);
    }

    @Test
    void invalidRequestsAreRefusedBeforeSending() {
        assertEquals(ExitCode.USAGE, refused(new SnapshotCreate("vm-1", null, "x", null, List.of(), false)));
        assertEquals(ExitCode.USAGE, refused(new SnapshotCreate(null, null, "x", null, List.of(), false)));
        assertEquals(ExitCode.USAGE, refused(new SnapshotCreate("101", null, " ", null, List.of(), false)));
        assertEquals(ExitCode.USAGE, refused(new SnapshotCreate("101", null, "x", null, List.of(" "), false)));
        assertEquals(ExitCode.UNSUPPORTED, refused(new SnapshotCreate("101", "55", "x", null, List.of(), false)));
        expectRequestCount(0);
    }

    private ExitCode refused(SnapshotCreate request) {
        return assertThrows(VpsnapException.class, () -> core.snapshots().create(request)).exitCode();
    }
}
