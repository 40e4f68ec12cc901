package dev.vpsnap.provider.hivelocity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.SnapshotStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HivelocityStatusTest {

    @ParameterizedTest(name = "state ''{0}'' -> {1}")
    @CsvSource(nullValues = "NULL", value = {
            "Scheduled, PENDING", "Started, PENDING", "Completed, AVAILABLE", "COMPLETED, AVAILABLE",
            "' completed ', AVAILABLE", "Failed, FAILED", "Error, FAILED", "snapshot_error, FAILED",
            "Deleting, UNKNOWN", "'', UNKNOWN", "NULL, UNKNOWN"})
    void snapshotStates(String raw, SnapshotStatus expected) {
        assertEquals(expected, HivelocityStatus.snapshot(raw));
    }

    @ParameterizedTest(name = "result ''{0}'' -> {1}")
    @CsvSource(nullValues = "NULL", value = {
            "Success, SUCCEEDED", "success, SUCCEEDED", "Failed, FAILED", "Error, FAILED", "Pending, RUNNING",
            "NULL, RUNNING", "'', RUNNING", "'  ', RUNNING", "Queued, RUNNING"})
    void taskResults(String raw, OperationStatus expected) {
        assertEquals(expected, HivelocityStatus.task(raw));
    }

    @ParameterizedTest(name = "vps ''{0}'' -> {1}")
    @CsvSource(nullValues = "NULL", value = {
            "Running, running", "RUNNING, running", "Stopped, stopped", "Powered Off, stopped",
            "Provisioning, busy", "Rebooting, busy", "Error, error", "Cancelled, unknown", "NULL, unknown"})
    void serverStatuses(String raw, String expected) {
        assertEquals(expected, HivelocityStatus.server(raw));
    }
}
