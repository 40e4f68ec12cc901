package dev.vpsnap.provider.hivelocity;

import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.SnapshotStatus;
import java.util.Locale;
import java.util.Map;

/**
 * Hivelocity's raw states → vpsnap's normalised ones. Raw values are always kept beside (providerStatus); matching
 * is case-insensitive. Only the values named in the spec are certain; the others are marked as guesses.
 */
final class HivelocityStatus {

    /** {@code VPSSnapshot.state}: the spec names Scheduled, Started, Completed (no enum, no failure value). */
    private static final Map<String, SnapshotStatus> SNAPSHOT = Map.of(
            "scheduled", SnapshotStatus.PENDING,
            "started", SnapshotStatus.PENDING,
            "completed", SnapshotStatus.AVAILABLE);

    /**
     * {@code NetworkTask.result}: Success | Pending | Failed, and null "also means Pending". Pending is reported as
     * RUNNING: the task exists and Hivelocity is working on it.
     */
    private static final Map<String, OperationStatus> TASK = Map.of(
            "success", OperationStatus.SUCCEEDED,
            "failed", OperationStatus.FAILED,
            "pending", OperationStatus.RUNNING);

    /** {@code VPS.status}: the spec gives only the example {@code Running}; the rest are guesses from its wording. */
    private static final Map<String, String> SERVER = Map.ofEntries(
            Map.entry("running", "running"),
            Map.entry("stopped", "stopped"),
            Map.entry("shutoff", "stopped"),
            Map.entry("off", "stopped"),
            Map.entry("powered off", "stopped"),
            Map.entry("suspended", "stopped"),
            Map.entry("pending", "busy"),
            Map.entry("provisioning", "busy"),
            Map.entry("building", "busy"),
            Map.entry("starting", "busy"),
            Map.entry("stopping", "busy"),
            Map.entry("rebooting", "busy"),
            Map.entry("reloading", "busy"),
            Map.entry("restoring", "busy"),
            Map.entry("error", "error"),
            Map.entry("failed", "error"));

    private HivelocityStatus() {
    }

    static SnapshotStatus snapshot(String state) {
        String key = key(state);
        if (key == null) {
            return SnapshotStatus.UNKNOWN;
        }
        if (failure(key)) {
            return SnapshotStatus.FAILED;
        }
        return SNAPSHOT.getOrDefault(key, SnapshotStatus.UNKNOWN);
    }

    /**
     * Null, empty and unknown results are RUNNING (never terminal): an unknown word must not end a wait early, and
     * the wait's own deadline still bounds it.
     */
    static OperationStatus task(String result) {
        String key = key(result);
        if (key == null) {
            return OperationStatus.RUNNING;
        }
        if (failure(key)) {
            return OperationStatus.FAILED;
        }
        return TASK.getOrDefault(key, OperationStatus.RUNNING);
    }

    static String server(String status) {
        String key = key(status);
        return key == null ? "unknown" : SERVER.getOrDefault(key, "unknown");
    }

    private static boolean failure(String key) {
        return key.contains("fail") || key.contains("error");
    }

    private static String key(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim().toLowerCase(Locale.ROOT);
    }
}
