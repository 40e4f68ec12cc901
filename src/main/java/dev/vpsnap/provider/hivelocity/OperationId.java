package dev.vpsnap.provider.hivelocity;

import dev.vpsnap.error.VpsnapException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * vpsnap's operation id for a Hivelocity task: the raw {@code taskId} stays visible, prefixed with what is needed to
 * resume from the id alone ({@code snapshot wait --operation ID}):
 * <ul>
 *   <li>{@code create:<taskId>:<volumeId>:<name>}: the task names no snapshot id, so the snapshot is later found by
 *       name on its volume; the name is URL-encoded (so {@code :} and spaces cannot break the id);</li>
 *   <li>{@code restore:<taskId>:<snapshotId>} and {@code delete:<taskId>:<snapshotId>};</li>
 *   <li>a bare {@code <taskId>} (e.g. copied from the Hivelocity portal) is accepted too: kind unknown, and a
 *       create's volume and name are then read from the task's {@code metaData}.</li>
 * </ul>
 */
record OperationId(String verb, String taskId, String volumeId, String snapshotId, String name) {
    static final String CREATE = "create";
    static final String RESTORE = "restore";
    static final String DELETE = "delete";

    static OperationId create(String taskId, String volumeId, String name) {
        return new OperationId(CREATE, taskId, volumeId, null, name);
    }

    static OperationId restore(String taskId, String snapshotId) {
        return new OperationId(RESTORE, taskId, null, snapshotId, null);
    }

    static OperationId delete(String taskId, String snapshotId) {
        return new OperationId(DELETE, taskId, null, snapshotId, null);
    }

    /** {@code snapshot.create} etc., or null for a bare task id. */
    String kind() {
        return verb == null ? null : "snapshot." + verb;
    }

    boolean isCreate() {
        return CREATE.equals(verb);
    }

    String encode() {
        if (verb == null) {
            return taskId;
        }
        return isCreate()
                ? String.join(":", verb, taskId, volumeId, URLEncoder.encode(name, StandardCharsets.UTF_8))
                : String.join(":", verb, taskId, snapshotId);
    }

    static OperationId parse(String id) {
        if (id == null || id.isBlank()) {
            throw invalid(id);
        }
        String[] p = id.trim().split(":", -1);
        OperationId parsed = switch (p[0]) {
            case CREATE -> p.length == 4 && !p[3].isEmpty() ? create(p[1], p[2], decode(p[3], id)) : null;
            case RESTORE -> p.length == 3 ? restore(p[1], p[2]) : null;
            case DELETE -> p.length == 3 ? delete(p[1], p[2]) : null;
            default -> p.length == 1 ? new OperationId(null, p[0], null, null, null) : null;
        };
        if (parsed == null || !valid(parsed)) {
            throw invalid(id);
        }
        return parsed;
    }

    private static boolean valid(OperationId o) {
        return HivelocityClient.isPathId(o.taskId)
                && (o.volumeId == null || HivelocityClient.isPathId(o.volumeId))
                && (o.snapshotId == null || HivelocityClient.isPathId(o.snapshotId));
    }

    private static String decode(String encoded, String id) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(id);
        }
    }

    private static VpsnapException invalid(String id) {
        return VpsnapException.usage("not a hivelocity operation id: '" + id + "' (expected TASK_ID, "
                + "create:TASK_ID:VOLUME_ID:NAME, restore:TASK_ID:SNAPSHOT_ID or delete:TASK_ID:SNAPSHOT_ID)");
    }
}
