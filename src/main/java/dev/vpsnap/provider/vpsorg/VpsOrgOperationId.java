package dev.vpsnap.provider.vpsorg;

import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * vps.org has no operation object: an operation is "the snapshot (or server) reaching a state", polled by listing.
 * The id says everything needed to resume it in another process: {@code <kind>:<serverId>:<snapshotId>}, e.g.
 * {@code create:12345:802}, {@code restore:12345:801}, {@code delete:12345:798}.
 */
record VpsOrgOperationId(Kind kind, long serverId, long snapshotId) {
    private static final Pattern FORMAT = Pattern.compile("(create|restore|delete):([0-9]{1,18}):([0-9]{1,18})");

    enum Kind {
        CREATE(OperationKinds.SNAPSHOT_CREATE), RESTORE(OperationKinds.SNAPSHOT_RESTORE), DELETE(OperationKinds.SNAPSHOT_DELETE);

        private final String modelKind;

        Kind(String modelKind) {
            this.modelKind = modelKind;
        }

        String token() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static VpsOrgOperationId parse(String id) {
        Matcher m = id == null ? null : FORMAT.matcher(id.strip());
        if (m == null || !m.matches()) {
            throw VpsnapException.usage("'" + id + "' is not a vps.org operation id (expected "
                    + "create|restore|delete:<serverId>:<snapshotId>, e.g. create:12345:802)");
        }
        return new VpsOrgOperationId(Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT)), Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3)));
    }

    String format() {
        return kind.token() + ":" + serverId + ":" + snapshotId;
    }

    Operation toOperation(OperationStatus status, Instant startedAt, Instant finishedAt, String message) {
        return new Operation(VpsOrgFactory.DESCRIPTOR.id(), format(), kind.modelKind, status, String.valueOf(snapshotId),
                startedAt, finishedAt, message);
    }
}
