package dev.vpsnap.provider.core;

import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.SnapshotStatus;
import java.util.Locale;
import java.util.Map;

/**
 * Status tables for core. Quirk: snapshot and VM statuses are free strings (the spec has no enum); values seen in vendor
 * material are {@code SUCCESSFUL} (docs' example) and {@code COMPLETE} (docs' restore page), VM statuses
 * {@code ACTIVE, BUILD, SHUTOFF, STOPPED, ERROR, DELETED, ...}. Matching is case-insensitive; anything containing
 * {@code ERROR} or {@code FAIL} is a failure; an unknown value maps to UNKNOWN (the raw value is always kept).
 */
final class CoreStatuses {
    private static final Map<String, SnapshotStatus> SNAPSHOT = Map.ofEntries(
            Map.entry("SUCCESSFUL", SnapshotStatus.AVAILABLE),
            Map.entry("SUCCESS", SnapshotStatus.AVAILABLE),
            Map.entry("COMPLETE", SnapshotStatus.AVAILABLE),
            Map.entry("COMPLETED", SnapshotStatus.AVAILABLE),
            Map.entry("AVAILABLE", SnapshotStatus.AVAILABLE),
            Map.entry("CREATING", SnapshotStatus.PENDING),
            Map.entry("PENDING", SnapshotStatus.PENDING),
            Map.entry("QUEUED", SnapshotStatus.PENDING),
            Map.entry("IN_PROGRESS", SnapshotStatus.PENDING),
            Map.entry("IN-PROGRESS", SnapshotStatus.PENDING),
            Map.entry("PROCESSING", SnapshotStatus.PENDING),
            Map.entry("UPLOADING", SnapshotStatus.PENDING),
            Map.entry("SAVING", SnapshotStatus.PENDING),
            Map.entry("RESTORING", SnapshotStatus.RESTORING),
            Map.entry("DELETING", SnapshotStatus.DELETING));

    private static final Map<String, String> VM = Map.ofEntries(
            Map.entry("ACTIVE", "running"),
            Map.entry("SHUTOFF", "stopped"),
            Map.entry("STOPPED", "stopped"),
            Map.entry("PAUSED", "stopped"),
            Map.entry("SUSPENDED", "stopped"),
            Map.entry("HIBERNATED", "stopped"),
            Map.entry("SHELVED", "stopped"),
            Map.entry("SHELVED_OFFLOADED", "stopped"),
            Map.entry("BUILD", "busy"),
            Map.entry("BUILDING", "busy"),
            Map.entry("CREATING", "busy"),
            Map.entry("REBUILD", "busy"),
            Map.entry("REBOOT", "busy"),
            Map.entry("HARD_REBOOT", "busy"),
            Map.entry("RESIZE", "busy"),
            Map.entry("VERIFY_RESIZE", "busy"),
            Map.entry("MIGRATING", "busy"),
            Map.entry("SNAPSHOTTED", "busy"),
            Map.entry("HIBERNATING", "busy"),
            Map.entry("RESTORING", "busy"),
            Map.entry("STARTING", "busy"),
            Map.entry("STOPPING", "busy"),
            Map.entry("DELETING", "busy"),
            Map.entry("RESCUE", "busy"),
            Map.entry("PASSWORD", "busy"),
            Map.entry("REVERT_RESIZE", "busy"),
            Map.entry("RESIZING", "busy"),
            Map.entry("DELETED", "stopped"),
            Map.entry("SOFT_DELETED", "stopped"),
            Map.entry("UNKNOWN", "unknown"));

    /**
     * VM statuses from which a VM being built never becomes ACTIVE: a restore (which builds a new VM) that reaches one
     * has failed, and the wait ends there instead of at its deadline. Error-like values count too (see {@link #vm}).
     */
    private static final java.util.Set<String> VM_GONE = java.util.Set.of("DELETED", "SOFT_DELETED", "SHELVED_OFFLOADED");

    private CoreStatuses() {
    }

    static SnapshotStatus snapshot(String raw) {
        String s = normalise(raw);
        if (s == null) {
            return SnapshotStatus.UNKNOWN;
        }
        if (failed(s)) {
            return SnapshotStatus.FAILED;
        }
        return SNAPSHOT.getOrDefault(s, SnapshotStatus.UNKNOWN);
    }

    /** Normalised {@code ServerRef.status}: running, stopped, busy, error or unknown. */
    static String vm(String raw) {
        String s = normalise(raw);
        if (s == null) {
            return "unknown";
        }
        return failed(s) ? "error" : VM.getOrDefault(s, "unknown");
    }

    /** A create is done when its snapshot is available, failed when the snapshot failed; in progress otherwise. */
    static OperationStatus createOperation(SnapshotStatus s) {
        return switch (s) {
            case AVAILABLE -> OperationStatus.SUCCEEDED;
            case FAILED -> OperationStatus.FAILED;
            default -> OperationStatus.RUNNING;
        };
    }

    /**
     * A restore is done when the new VM is ACTIVE, failed when it is in error or deleted (DELETED, SOFT_DELETED,
     * SHELVED_OFFLOADED); in progress otherwise (BUILD, CREATING, unknown values: the wait's deadline bounds them).
     */
    static OperationStatus restoreOperation(String vmRaw) {
        String raw = normalise(vmRaw);
        if (raw != null && VM_GONE.contains(raw)) {
            return OperationStatus.FAILED;
        }
        return switch (vm(vmRaw)) {
            case "running" -> OperationStatus.SUCCEEDED;
            case "error" -> OperationStatus.FAILED;
            default -> OperationStatus.RUNNING;
        };
    }

    /**
     * A volume operation, judged from the volume as it is now. Volume statuses are lowercase words ({@code creating,
     * available, in-use, deleting, error, ...}); anything containing error/fail is a failure. Create: done once
     * {@code available} (or already {@code in-use}). Attach: done once the volume's attachments name the VM (or it is
     * {@code in-use} without attachment details). Detach: done once they no longer do and it is not
     * {@code detaching}. Everything else is still running: the wait's deadline bounds it.
     */
    static OperationStatus volumeOperation(String kind, CoreVolume v, String vmId) {
        String s = normalise(v.status());
        if (s != null && failed(s)) {
            return OperationStatus.FAILED;
        }
        boolean inUse = "IN-USE".equals(s) || "IN_USE".equals(s);
        boolean done = switch (kind) {
            case CoreRefs.VOLUME_CREATE -> "AVAILABLE".equals(s) || inUse;
            case CoreRefs.VOLUME_ATTACH -> v.attachedTo(vmId) || (inUse && v.attachments().isEmpty());
            case CoreRefs.VOLUME_DETACH -> !v.attachedTo(vmId) && !"DETACHING".equals(s)
                    && !(inUse && v.attachments().isEmpty());
            default -> false; // a delete is done only when the volume is gone
        };
        return done ? OperationStatus.SUCCEEDED : OperationStatus.RUNNING;
    }

    private static boolean failed(String s) {
        return s.contains("ERROR") || s.contains("FAIL");
    }

    private static String normalise(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip().toUpperCase(Locale.ROOT);
    }
}
