package dev.vpsnap.provider.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.SnapshotStatus;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoreStatusesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "NULL", value = {
            "SUCCESSFUL, AVAILABLE", "successful, AVAILABLE", "COMPLETE, AVAILABLE", "SUCCESS, AVAILABLE",
            "AVAILABLE, AVAILABLE", "CREATING, PENDING", "PENDING, PENDING", "IN_PROGRESS, PENDING",
            "RESTORING, RESTORING", "DELETING, DELETING", "ERROR, FAILED", "FAILED, FAILED", "error_deleting, FAILED",
            "CREATE_FAILED, FAILED", "SNAPSHOTTED, UNKNOWN", "'', UNKNOWN", "NULL, UNKNOWN"})
    void snapshotStatusTable(String raw, SnapshotStatus expected) {
        assertEquals(expected, CoreStatuses.snapshot(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "NULL", value = {
            "ACTIVE, running", "active, running", "SHUTOFF, stopped", "STOPPED, stopped", "HIBERNATED, stopped",
            "BUILD, busy", "REBOOT, busy", "SNAPSHOTTED, busy", "CREATING, busy", "ERROR, error", "CREATE_FAILED, error",
            "DELETED, stopped", "SOFT_DELETED, stopped", "RESCUE, busy", "PASSWORD, busy", "REVERT_RESIZE, busy",
            "UNKNOWN, unknown", "WEIRD, unknown", "NULL, unknown"})
    void vmStatusTable(String raw, String expected) {
        assertEquals(expected, CoreStatuses.vm(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"AVAILABLE, SUCCEEDED", "FAILED, FAILED", "PENDING, RUNNING", "UNKNOWN, RUNNING", "DELETING, RUNNING"})
    void createOperationFollowsTheSnapshot(SnapshotStatus snapshot, OperationStatus expected) {
        assertEquals(expected, CoreStatuses.createOperation(snapshot));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ACTIVE, SUCCEEDED", "ERROR, FAILED", "BUILD, RUNNING", "SHUTOFF, RUNNING", "WEIRD, RUNNING",
            "DELETED, FAILED", "SOFT_DELETED, FAILED", "CREATING, RUNNING", "RESCUE, RUNNING"})
    void restoreOperationFollowsTheNewVm(String vm, OperationStatus expected) {
        assertEquals(expected, CoreStatuses.restoreOperation(vm));
    }

    /** attachedTo: "101" (attached to VM 101), "102" (to another VM), "" (no attachment details). */
    @ParameterizedTest(name = "{0} of a volume {1} attached to [{2}] -> {3}")
    @CsvSource(nullValues = "NULL", value = {
            "volume.create, creating, '', RUNNING", "volume.create, downloading, '', RUNNING",
            "volume.create, available, '', SUCCEEDED", "volume.create, in-use, 101, SUCCEEDED",
            "volume.create, error, '', FAILED", "volume.create, NULL, '', RUNNING",
            "volume.attach, available, '', RUNNING", "volume.attach, attaching, '', RUNNING",
            "volume.attach, in-use, 101, SUCCEEDED", "volume.attach, in-use, '', SUCCEEDED",
            "volume.attach, in-use, 102, RUNNING", "volume.attach, error_attaching, '', FAILED",
            "volume.detach, detaching, 101, RUNNING", "volume.detach, in-use, 101, RUNNING",
            "volume.detach, in-use, '', RUNNING", "volume.detach, available, '', SUCCEEDED",
            "volume.detach, in-use, 102, SUCCEEDED", "volume.detach, error_detaching, 101, FAILED",
            "volume.delete, deleting, '', RUNNING", "volume.delete, available, '', RUNNING",
            "volume.delete, error_deleting, '', FAILED"})
    void volumeOperationFollowsTheVolume(String kind, String status, String attachedTo, OperationStatus expected) {
        List<CoreVolume.Attachment> attachments = attachedTo.isEmpty() ? List.of()
                : List.of(new CoreVolume.Attachment(1L, Long.valueOf(attachedTo), 7004L, "/dev/vdb", "attached"));
        CoreVolume v = new CoreVolume(7004L, "v", null, 10L, status, "Cloud-SSD", false, null, attachments, null);

        assertEquals(expected, CoreStatuses.volumeOperation(kind, v, "101"));
    }
}
