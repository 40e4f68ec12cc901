package dev.vpsnap.provider.vpsorg;

import dev.vpsnap.model.SnapshotStatus;
import java.util.Locale;
import java.util.Map;

/**
 * The status tables. Raw values are always kept beside the normalised ones ({@code providerStatus}).
 * <ul>
 * <li>Snapshots: the docs show only {@code in_progress} and {@code completed} and document no failure value, so any
 *     value containing "fail" or "error" counts as failed; anything else is {@code unknown}.</li>
 * <li>Servers: the documented {@code active}, {@code stopped}, {@code suspended} (an account-level hold: not running),
 *     and {@code restoring} seen in the restore response; error-like values are {@code error}; others {@code unknown}.</li>
 * </ul>
 */
final class VpsOrgStatus {
    static final String RUNNING = "running";
    static final String STOPPED = "stopped";
    static final String BUSY = "busy";
    static final String ERROR = "error";
    static final String UNKNOWN = "unknown";

    private static final Map<String, SnapshotStatus> SNAPSHOT = Map.of(
            "in_progress", SnapshotStatus.PENDING,
            "completed", SnapshotStatus.AVAILABLE);

    private static final Map<String, String> SERVER = Map.of(
            "active", RUNNING,
            "stopped", STOPPED,
            "suspended", STOPPED,
            "restoring", BUSY);

    private VpsOrgStatus() {
    }

    static SnapshotStatus snapshot(String raw) {
        if (raw == null) {
            return SnapshotStatus.UNKNOWN;
        }
        String key = raw.strip().toLowerCase(Locale.ROOT);
        return SNAPSHOT.getOrDefault(key, errorLike(key) ? SnapshotStatus.FAILED : SnapshotStatus.UNKNOWN);
    }

    static String server(String raw) {
        if (raw == null) {
            return UNKNOWN;
        }
        String key = raw.strip().toLowerCase(Locale.ROOT);
        return SERVER.getOrDefault(key, errorLike(key) ? ERROR : UNKNOWN);
    }

    private static boolean errorLike(String key) {
        return key.contains("fail") || key.contains("error");
    }
}
