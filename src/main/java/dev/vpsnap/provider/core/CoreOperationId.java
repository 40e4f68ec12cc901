package dev.vpsnap.provider.core;

import dev.vpsnap.error.VpsnapException;

/**
 * Core has no operation object, so an operation id encodes what to poll:
 * <ul>
 *   <li>{@code snapshot.create:<snapshotId>} — polled by {@code GET /core/snapshots/{id}} until available/failed;</li>
 *   <li>{@code snapshot.delete:<snapshotId>} — polled by the same GET until it answers not found;</li>
 *   <li>{@code snapshot.restore:<newVmId>:<snapshotId>} — restore makes a NEW VM: polled by
 *       {@code GET /core/virtual-machines/{newVmId}} until ACTIVE/ERROR.</li>
 * </ul>
 *
 * @param resourceId the snapshot id (create, delete) or the new VM's id (restore)
 * @param snapshotId the snapshot concerned (for restore, the one restored from)
 */
record CoreOperationId(String kind, String resourceId, String snapshotId) {
    static final String CREATE = "snapshot.create";
    static final String RESTORE = "snapshot.restore";
    static final String DELETE = "snapshot.delete";

    static CoreOperationId create(String snapshotId) {
        return new CoreOperationId(CREATE, snapshotId, snapshotId);
    }

    static CoreOperationId delete(String snapshotId) {
        return new CoreOperationId(DELETE, snapshotId, snapshotId);
    }

    static CoreOperationId restore(String newVmId, String snapshotId) {
        return new CoreOperationId(RESTORE, newVmId, snapshotId);
    }

    String encode() {
        return RESTORE.equals(kind) ? kind + ":" + resourceId + ":" + snapshotId : kind + ":" + resourceId;
    }

    static CoreOperationId parse(String id) {
        String[] p = id == null ? new String[0] : id.strip().split(":", -1);
        boolean ok = p.length >= 2 && p[1].matches("\\d{1,18}")
                && (((CREATE.equals(p[0]) || DELETE.equals(p[0])) && p.length == 2)
                || (RESTORE.equals(p[0]) && p.length == 3 && p[2].matches("\\d{1,18}")));
        if (!ok) {
            throw VpsnapException.usage("'" + CoreIds.clip(id) + "' is not a core operation id (expected snapshot.create:ID, "
                    + "snapshot.delete:ID or snapshot.restore:NEW_VM_ID:SNAPSHOT_ID)");
        }
        return RESTORE.equals(p[0]) ? restore(p[1], p[2]) : new CoreOperationId(p[0], p[1], p[1]);
    }
}
