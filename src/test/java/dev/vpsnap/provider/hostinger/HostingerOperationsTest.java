package dev.vpsnap.provider.hostinger;

import static dev.vpsnap.provider.hostinger.HostingerHarness.VMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.provider.OperationApi;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostingerOperationsTest extends HostingerHarnessTest {
    private static final Instant STARTED = Instant.parse("2025-02-27T11:54:00Z");
    private static final Operation CREATE = new Operation("hostinger", "create:1268054:8123712", "snapshot.create",
            OperationStatus.PENDING, null, STARTED, null, null);

    @Test
    void aDelayedActionIsStillRunning() {
        h.fixture(200, "action-get-delayed.json");
        assertEquals(CREATE.withStatus(OperationStatus.RUNNING, null, null), h.provider.operations().refresh(CREATE));
        h.expect("GET", VMS + "/1268054/actions/8123712");
        h.expectCount(1);
    }

    @Test
    void aSuccessfulActionHasSucceededAndKeepsKindAndResource() {
        h.fixture(200, "action-get-success.json");
        Operation withResource = CREATE.withResourceId("325");
        assertEquals(withResource.withStatus(OperationStatus.SUCCEEDED, Instant.parse("2025-02-27T11:58:00Z"), null),
                h.provider.operations().refresh(withResource));
        h.expect("GET", VMS + "/1268054/actions/8123712");
    }

    @Test
    void anActionInErrorHasFailedWithAMessage() {
        h.fixture(200, "action-get-error.json");
        Operation restore = new Operation("hostinger", "restore:1268054:8123713", "snapshot.restore", OperationStatus.RUNNING, "325",
                Instant.parse("2025-03-01T08:00:00Z"), null, null);
        assertEquals(restore.withStatus(OperationStatus.FAILED, Instant.parse("2025-03-01T08:03:30Z"),
                "Hostinger action 'snapshot_restore' ended in state error"), h.provider.operations().refresh(restore));
        h.expect("GET", VMS + "/1268054/actions/8123713");
    }

    @Test
    void getResumesFromTheIdAloneAndJudgesTheKindByItsEffectNotItsName() {
        // action names are free text: the kind of a finished action comes from the VM's snapshot being newer than it
        h.raw(200, "{\"id\":8123712,\"name\":\"action_name\",\"state\":\"success\",\"created_at\":"
                + "\"2025-02-27T11:54:00Z\",\"updated_at\":\"2025-02-27T11:58:00Z\"}", "application/json");
        h.fixture(200, "snapshot-get-ok.json");
        assertEquals(new Operation("hostinger", "1268054:8123712", "snapshot.create", OperationStatus.SUCCEEDED, null,
                STARTED, Instant.parse("2025-02-27T11:58:00Z"), null), h.provider.operations().get(" 1268054:8123712 "));
        h.expect("GET", VMS + "/1268054/actions/8123712");
        h.expect("GET", VMS + "/1268054/snapshot");
        h.expectCount(2);
    }

    @Test
    void aFinishedActionOlderThanTheVmsSnapshotHasNoKindWhateverItsName() {
        h.raw(200, "{\"id\":8123712,\"name\":\"snapshot_create\",\"state\":\"success\",\"created_at\":"
                + "\"2025-03-01T08:00:00Z\",\"updated_at\":\"2025-03-01T08:03:00Z\"}", "application/json");
        h.fixture(200, "snapshot-get-ok.json");
        assertEquals(null, h.provider.operations().get("1268054:8123712").kind());
        h.expectCount(2);
    }

    @Test
    void aResumedCreateThatSucceededHandsBackItsSnapshotSoNobodyFetchesItAgain() {
        h.fixture(200, "action-get-success.json");
        h.raw(200, "{\"id\":325,\"created_at\":\"2025-02-27T11:57:00Z\",\"expires_at\":null}", "application/json");
        OperationApi.Polled p = h.provider.operations().resume("create:1268054:8123712");
        assertEquals(OperationStatus.SUCCEEDED, p.operation().status());
        assertEquals("create:1268054:8123712", p.operation().id());
        assertEquals("snapshot.create", p.operation().kind());
        assertEquals("325", p.operation().resourceId());
        assertEquals("325", p.snapshot().id());
        assertEquals("1268054", p.snapshot().serverId());
        h.expect("GET", VMS + "/1268054/actions/8123712");
        h.expect("GET", VMS + "/1268054/snapshot");
        h.expectCount(2);
    }

    @Test
    void aResumedCreateWhoseSnapshotIsGoneOrOlderThanTheActionHasFailed() {
        h.fixture(200, "action-get-success.json");
        h.noSnapshot();
        Operation gone = h.provider.operations().get("create:1268054:8123712");
        assertEquals(OperationStatus.FAILED, gone.status());
        assertTrue(gone.message().contains("snapshot is gone from VM 1268054"), gone::toString);
        h.expectCount(3); // the action, the snapshot's 404, and the VM (a 404 is "none" only when the VM exists)

        h.fixture(200, "action-get-success.json");
        h.raw(200, "{\"id\":300,\"created_at\":\"2025-02-01T00:00:00Z\",\"expires_at\":null}", "application/json");
        assertEquals(OperationStatus.FAILED, h.provider.operations().get("create:1268054:8123712").status(),
                "an older snapshot is the one the create should have replaced, not the create's");
    }

    @Test
    void aResumedRestoreOrDeleteKeepsItsKindWithoutLookingAtTheSnapshot() {
        h.fixture(200, "action-get-success.json");
        Operation restore = h.provider.operations().get("restore:1268054:8123712");
        assertEquals("snapshot.restore", restore.kind());
        assertEquals("restore:1268054:8123712", restore.id());
        h.expect("GET", VMS + "/1268054/actions/8123712");
        h.expectCount(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "8123712", "1268054/8123712", "a:b", "1268054:", ":8123712", "0:1", "1:2:3", "1:-2",
            "create:1268054", "create:0:1", "snapshot.create:1:2", "resize:1:2", "create:1:2:3"})
    void anIdThatIsNotVmColonActionIsAUsageError(String id) {
        VpsnapException e = assertThrows(VpsnapException.class, () -> h.provider.operations().get(id));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("'" + id + "' is not a Hostinger operation id (expected VM_ID:ACTION_ID, "
                + "create|restore|delete:VM_ID:ACTION_ID)", e.getMessage());
        h.expectCount(0);
    }
}
