package dev.vpsnap.provider.core;

import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.error.VpsnapException;
import java.util.Set;

/**
 * Core has no operation object, so an operation id encodes what to poll:
 * <ul>
 *   <li>{@code snapshot.create:<snapshotId>} — polled by {@code GET /core/snapshots/{id}} until available/failed;</li>
 *   <li>{@code snapshot.delete:<snapshotId>} — polled by the same GET until it answers not found;</li>
 *   <li>{@code snapshot.restore:<newVmId>:<snapshotId>} — restore makes a NEW VM: polled by
 *       {@code GET /core/virtual-machines/{newVmId}} until ACTIVE/ERROR;</li>
 *   <li>{@code volume.create:<volumeId>} and {@code volume.delete:<volumeId>} — polled by
 *       {@code GET /core/volumes/{id}} until {@code available} / not found;</li>
 *   <li>{@code volume.attach:<volumeId>:<vmId>} and {@code volume.detach:<volumeId>:<vmId>} — polled by the same GET
 *       until the volume's attachments do (or no longer) name the VM.</li>
 * </ul>
 *
 * @param resourceId the snapshot or volume id, or for a restore the new VM's id
 * @param relatedId  for a restore the snapshot restored from, for an attach/detach the VM; else the resource id again
 */
record CoreOperationId(String kind, String resourceId, String relatedId) {
    static final String CREATE = OperationKinds.SNAPSHOT_CREATE;
    static final String RESTORE = OperationKinds.SNAPSHOT_RESTORE;
    static final String DELETE = OperationKinds.SNAPSHOT_DELETE;
    static final String VOLUME_CREATE = OperationKinds.VOLUME_CREATE;
    static final String VOLUME_DELETE = OperationKinds.VOLUME_DELETE;
    static final String VOLUME_ATTACH = OperationKinds.VOLUME_ATTACH;
    static final String VOLUME_DETACH = OperationKinds.VOLUME_DETACH;

    private static final Set<String> ONE_ID = Set.of(CREATE, DELETE, VOLUME_CREATE, VOLUME_DELETE);
    private static final Set<String> TWO_IDS = Set.of(RESTORE, VOLUME_ATTACH, VOLUME_DETACH);

    static CoreOperationId create(String snapshotId) {
        return new CoreOperationId(CREATE, snapshotId, snapshotId);
    }

    static CoreOperationId delete(String snapshotId) {
        return new CoreOperationId(DELETE, snapshotId, snapshotId);
    }

    static CoreOperationId restore(String newVmId, String snapshotId) {
        return new CoreOperationId(RESTORE, newVmId, snapshotId);
    }

    /** {@code volume.create} or {@code volume.delete}. */
    static CoreOperationId volume(String kind, String volumeId) {
        return new CoreOperationId(kind, volumeId, volumeId);
    }

    /** {@code volume.attach} or {@code volume.detach}. */
    static CoreOperationId attachment(String kind, String volumeId, String vmId) {
        return new CoreOperationId(kind, volumeId, vmId);
    }

    /** The snapshot concerned (for a restore, the one restored from). */
    String snapshotId() {
        return RESTORE.equals(kind) ? relatedId : resourceId;
    }

    /** The VM of a volume attach/detach. */
    String vmId() {
        return relatedId;
    }

    String encode() {
        return TWO_IDS.contains(kind) ? kind + ":" + resourceId + ":" + relatedId : kind + ":" + resourceId;
    }

    static CoreOperationId parse(String id) {
        String[] p = id == null ? new String[0] : id.strip().split(":", -1);
        boolean ok = p.length >= 2 && p[1].matches("\\d{1,18}")
                && ((ONE_ID.contains(p[0]) && p.length == 2)
                || (TWO_IDS.contains(p[0]) && p.length == 3 && p[2].matches("\\d{1,18}")));
        if (!ok) {
            throw VpsnapException.usage("'" + CoreIds.clip(id) + "' is not a core operation id (expected snapshot.create:ID, "
                    + "snapshot.delete:ID, snapshot.restore:NEW_VM_ID:SNAPSHOT_ID, volume.create:ID, volume.delete:ID, "
                    + "volume.attach:VOLUME_ID:VM_ID or volume.detach:VOLUME_ID:VM_ID)");
        }
        return new CoreOperationId(p[0], p[1], p.length == 3 ? p[2] : p[1]);
    }
}
