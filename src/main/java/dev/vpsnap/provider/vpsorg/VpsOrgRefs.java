package dev.vpsnap.provider.vpsorg;

import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.model.OperationRef;
import dev.vpsnap.model.OperationRef.Form;
import dev.vpsnap.model.OperationRef.Part;
import dev.vpsnap.model.OperationStatus;
import java.time.Instant;

/**
 * vps.org has no operation object: an operation is "the snapshot (or server) reaching a state", polled by listing.
 * Its ids ({@link #SCHEMA}) say everything needed to resume it in another process: {@code <kind>:<serverId>:<snapshotId>},
 * e.g. {@code create:12345:802}, {@code restore:12345:801}, {@code delete:12345:798}.
 */
final class VpsOrgRefs {
    static final OperationRef.Schema SCHEMA = OperationRef.Schema.of(VpsOrgFactory.DESCRIPTOR.id(), "vps.org",
            Form.of(OperationKinds.SNAPSHOT_CREATE, "create", Part.number("server_id"), Part.number("snapshot_id")),
            Form.of(OperationKinds.SNAPSHOT_RESTORE, "restore", Part.number("server_id"), Part.number("snapshot_id")),
            Form.of(OperationKinds.SNAPSHOT_DELETE, "delete", Part.number("server_id"), Part.number("snapshot_id")))
            .withExample("create:12345:802");

    private VpsOrgRefs() {
    }

    static OperationRef ref(String kind, long serverId, long snapshotId) {
        return SCHEMA.ref(kind, String.valueOf(serverId), String.valueOf(snapshotId));
    }

    static long serverId(OperationRef ref) {
        return Long.parseLong(ref.part("server_id"));
    }

    static long snapshotId(OperationRef ref) {
        return Long.parseLong(ref.part("snapshot_id"));
    }

    /** The operation {@code ref} names; its resource is the snapshot. */
    static Operation operation(OperationRef ref, OperationStatus status, Instant startedAt, Instant finishedAt,
                               String message) {
        return Operation.of(ref, status, String.valueOf(snapshotId(ref)), startedAt, finishedAt, message);
    }
}
