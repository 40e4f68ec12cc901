package dev.vpsnap.provider.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Polling: create by snapshot status, delete until not found, restore by the new VM's status; resume from an id. */
class CoreOperationsTest extends CoreMockServerTest {
    private static final Instant START = Instant.parse("2026-01-15T12:00:00Z");

    private static Operation running(String id, String kind, String resource) {
        return new Operation("core", id, kind, OperationStatus.RUNNING, resource, START, null, "accepted");
    }

    @Test
    void createRunsWhileCreatingAndSucceedsWhenTheSnapshotIsAvailable() {
        respond(200, "snapshot-get-creating-res.json");
        respond(200, "snapshot-get-res.json");
        Operation op = running("snapshot.create:5001", "snapshot.create", "5001");

        Operation first = core.operations().refresh(op);
        clock.advance(Duration.ofSeconds(30));
        Operation second = core.operations().refresh(first);

        expect("GET", "/v1/core/snapshots/5001");
        expect("GET", "/v1/core/snapshots/5001");
        expectRequestCount(2);
        assertEquals(op.withStatus(OperationStatus.RUNNING, null, "snapshot 5001 is CREATING"), first);
        assertEquals(op.withStatus(OperationStatus.SUCCEEDED, START.plusSeconds(30), "snapshot 5001 is SUCCESSFUL"),
                second);
    }

    @Test
    void createFailsWhenTheSnapshotFailsOrDisappears() {
        respond(200, "snapshot-get-spec-strings-res.json");
        respond(404, "error-404-res.json");

        Operation failed = core.operations().refresh(running("snapshot.create:5004", "snapshot.create", "5004"));
        Operation gone = core.operations().refresh(running("snapshot.create:5004", "snapshot.create", "5004"));

        assertEquals(OperationStatus.FAILED, failed.status());
        assertEquals("snapshot 5004 is ERROR", failed.message());
        assertEquals(START, failed.finishedAt());
        assertEquals(OperationStatus.FAILED, gone.status());
        assertEquals("snapshot 5004 no longer exists", gone.message());
        expectRequestCount(2);
    }

    @Test
    void aTerminalOperationIsNotPolledAgain() {
        Operation done = running("snapshot.create:5001", "snapshot.create", "5001")
                .withStatus(OperationStatus.SUCCEEDED, START, "done");

        assertEquals(done, core.operations().refresh(done));
        expectRequestCount(0);
    }

    @Test
    void deleteRunsWhileTheSnapshotExistsAndSucceedsOnNotFound() {
        respond(200, "snapshot-get-deleting-res.json");
        respond(404, "error-404-res.json");
        Operation op = running("snapshot.delete:5001", "snapshot.delete", "5001");

        Operation first = core.operations().refresh(op);
        Operation second = core.operations().refresh(first);

        expect("GET", "/v1/core/snapshots/5001");
        expect("GET", "/v1/core/snapshots/5001");
        expectRequestCount(2);
        assertEquals(op.withStatus(OperationStatus.RUNNING, null, "snapshot 5001 is DELETING"), first);
        assertEquals(op.withStatus(OperationStatus.SUCCEEDED, START, "snapshot 5001 deleted"), second);
    }

    @Test
    void deleteAlsoSucceedsOnTheBadRequestThatMeansNotFound() {
        respond(400, "error-400-not-found-res.json");

        Operation op = core.operations().refresh(running("snapshot.delete:9999", "snapshot.delete", "9999"));

        assertEquals(OperationStatus.SUCCEEDED, op.status());
        expect("GET", "/v1/core/snapshots/9999");
    }

    @Test
    void restoreFollowsTheNewVmUntilActive() {
        respond(200, "vm-get-build-res.json");
        respond(200, "vm-get-active-res.json");
        Operation op = running("snapshot.restore:103:5001", "snapshot.restore", "103");

        Operation first = core.operations().refresh(op);
        Operation second = core.operations().refresh(first);

        expect("GET", "/v1/core/virtual-machines/103");
        expect("GET", "/v1/core/virtual-machines/103");
        expectRequestCount(2);
        assertEquals(op.withStatus(OperationStatus.RUNNING, null,
                "new VM 'restored-web' (id 103) restored from snapshot 5001 is BUILD"), first);
        assertEquals(op.withStatus(OperationStatus.SUCCEEDED, START,
                "new VM 'restored-web' (id 103) restored from snapshot 5001 is ACTIVE"), second);
    }

    @Test
    void restoreFailsWhenTheNewVmErrsOrDisappears() {
        respond(200, "vm-get-error-res.json");
        respond(404, "error-404-res.json");
        Operation op = running("snapshot.restore:103:5001", "snapshot.restore", "103");

        assertEquals(OperationStatus.FAILED, core.operations().refresh(op).status());
        Operation gone = core.operations().refresh(op);

        assertEquals(OperationStatus.FAILED, gone.status());
        assertEquals("new VM 103 (restored from snapshot 5001) no longer exists", gone.message());
        expectRequestCount(2);
    }

    @Test
    void getResumesFromTheIdAlone() {
        respond(200, "snapshot-get-creating-res.json");
        respond(200, "vm-get-active-res.json");

        Operation create = core.operations().get("snapshot.create:5001");
        Operation restore = core.operations().get("snapshot.restore:103:5001");

        expect("GET", "/v1/core/snapshots/5001");
        expect("GET", "/v1/core/virtual-machines/103");
        expectRequestCount(2);
        assertEquals(new Operation("core", "snapshot.create:5001", "snapshot.create", OperationStatus.RUNNING, "5001",
                Instant.parse("2025-01-14T02:00:00Z"), null, "snapshot 5001 is CREATING"), create);
        assertEquals(new Operation("core", "snapshot.restore:103:5001", "snapshot.restore", OperationStatus.SUCCEEDED,
                "103", null, START, "new VM 'restored-web' (id 103) restored from snapshot 5001 is ACTIVE"), restore);
    }

    @Test
    void foreignOperationIdsAreUsageErrors() {
        for (String id : new String[] {"", "12345/678", "snapshot.create:abc", "snapshot.restore:103",
                "volume.resize:5", "volume.attach:5", "iso.delete:5"}) {
            VpsnapException e = assertThrows(VpsnapException.class, () -> core.operations().get(id), id);
            assertEquals(ExitCode.USAGE, e.exitCode());
        }
        expectRequestCount(0);
    }
}
