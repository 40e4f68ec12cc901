package dev.vpsnap.provider.core;

import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.model.OperationRef;
import dev.vpsnap.model.OperationRef.Form;
import dev.vpsnap.model.OperationRef.Part;

/**
 * Core has no operation object, so an operation id ({@link #SCHEMA}, written with the kind itself as its token)
 * encodes what to poll:
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
 */
final class CoreRefs {
    static final String CREATE = OperationKinds.SNAPSHOT_CREATE;
    static final String RESTORE = OperationKinds.SNAPSHOT_RESTORE;
    static final String DELETE = OperationKinds.SNAPSHOT_DELETE;
    static final String VOLUME_CREATE = OperationKinds.VOLUME_CREATE;
    static final String VOLUME_DELETE = OperationKinds.VOLUME_DELETE;
    static final String VOLUME_ATTACH = OperationKinds.VOLUME_ATTACH;
    static final String VOLUME_DETACH = OperationKinds.VOLUME_DETACH;

    static final OperationRef.Schema SCHEMA = OperationRef.Schema.of(CoreFactory.DESCRIPTOR.id(), "core",
            Form.of(CREATE, CREATE, Part.number("snapshot_id")),
            Form.of(DELETE, DELETE, Part.number("snapshot_id")),
            Form.of(RESTORE, RESTORE, Part.number("new_vm_id"), Part.number("snapshot_id")),
            Form.of(VOLUME_CREATE, VOLUME_CREATE, Part.number("volume_id")),
            Form.of(VOLUME_DELETE, VOLUME_DELETE, Part.number("volume_id")),
            Form.of(VOLUME_ATTACH, VOLUME_ATTACH, Part.number("volume_id"), Part.number("vm_id")),
            Form.of(VOLUME_DETACH, VOLUME_DETACH, Part.number("volume_id"), Part.number("vm_id")));

    private CoreRefs() {
    }

    static OperationRef create(String snapshotId) {
        return SCHEMA.ref(CREATE, snapshotId);
    }

    static OperationRef delete(String snapshotId) {
        return SCHEMA.ref(DELETE, snapshotId);
    }

    static OperationRef restore(String newVmId, String snapshotId) {
        return SCHEMA.ref(RESTORE, newVmId, snapshotId);
    }

    /** {@code volume.create} or {@code volume.delete}. */
    static OperationRef volume(String kind, String volumeId) {
        return SCHEMA.ref(kind, volumeId);
    }

    /** {@code volume.attach} or {@code volume.detach}. */
    static OperationRef attachment(String kind, String volumeId, String vmId) {
        return SCHEMA.ref(kind, volumeId, vmId);
    }

    /** What the operation polls: the snapshot or volume, or for a restore the new VM. */
    static String resourceId(OperationRef ref) {
        return ref.values().get(0);
    }

    /** The snapshot concerned (for a restore, the one restored from). */
    static String snapshotId(OperationRef ref) {
        return ref.part("snapshot_id");
    }

    /** The VM of a volume attach/detach (null for other kinds). */
    static String vmId(OperationRef ref) {
        return ref.partOrNull("vm_id");
    }
}
