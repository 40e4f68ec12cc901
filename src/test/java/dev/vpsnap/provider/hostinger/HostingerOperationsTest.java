package dev.vpsnap.provider.hostinger;

import static dev.vpsnap.provider.hostinger.HostingerHarness.VMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostingerOperationsTest extends HostingerHarnessTest {
    private static final Instant STARTED = Instant.parse("2025-02-27T11:54:00Z");
    private static final Operation CREATE = new Operation("hostinger", "1268054:8123712", "snapshot.create",
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
        Operation restore = new Operation("hostinger", "1268054:8123713", "snapshot.restore", OperationStatus.RUNNING, "325",
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

    @ParameterizedTest
    @ValueSource(strings = {"", "8123712", "1268054/8123712", "a:b", "1268054:", ":8123712", "0:1", "1:2:3", "1:-2"})
    void anIdThatIsNotVmColonActionIsAUsageError(String id) {
        VpsnapException e = assertThrows(VpsnapException.class, () -> h.provider.operations().get(id));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("'" + id + "' is not a Hostinger operation id (expected VM_ID:ACTION_ID)", e.getMessage());
        h.expectCount(0);
    }
}
