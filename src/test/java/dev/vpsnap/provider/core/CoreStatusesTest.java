package dev.vpsnap.provider.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.SnapshotStatus;
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
            "DELETED, unknown", "WEIRD, unknown", "NULL, unknown"})
    void vmStatusTable(String raw, String expected) {
        assertEquals(expected, CoreStatuses.vm(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"AVAILABLE, SUCCEEDED", "FAILED, FAILED", "PENDING, RUNNING", "UNKNOWN, RUNNING", "DELETING, RUNNING"})
    void createOperationFollowsTheSnapshot(SnapshotStatus snapshot, OperationStatus expected) {
        assertEquals(expected, CoreStatuses.createOperation(snapshot));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ACTIVE, SUCCEEDED", "ERROR, FAILED", "BUILD, RUNNING", "SHUTOFF, RUNNING", "WEIRD, RUNNING"})
    void restoreOperationFollowsTheNewVm(String vm, OperationStatus expected) {
        assertEquals(expected, CoreStatuses.restoreOperation(vm));
    }
}
