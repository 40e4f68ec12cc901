package dev.vpsnap.ops;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.provider.SnapshotApi;
import java.time.Clock;

/**
 * {@code snapshot wait SNAPSHOT_ID}: watching a snapshot's own status as if it were an operation, so the one
 * {@link Waiter} serves both. Target {@code available}: succeeds when available, fails when failed or gone;
 * target {@code deleted}: succeeds when the snapshot is no longer found.
 */
public final class SnapshotWatch implements OperationApi {
    public enum Target { AVAILABLE, DELETED }

    private final SnapshotApi snapshots;
    private final String provider;
    private final String snapshotId;
    private final String serverId;
    private final Target target;
    private final Clock clock;

    public SnapshotWatch(SnapshotApi snapshots, String provider, String snapshotId, String serverId, Target target, Clock clock) {
        this.snapshots = snapshots;
        this.provider = provider;
        this.snapshotId = snapshotId;
        this.serverId = serverId;
        this.target = target;
        this.clock = clock;
    }

    public Operation start() {
        return new Operation(provider, snapshotId, target == Target.AVAILABLE ? "snapshot.available" : "snapshot.deleted",
                OperationStatus.RUNNING, snapshotId, clock.instant(), null, null);
    }

    @Override
    public Operation refresh(Operation op) {
        Snapshot s;
        try {
            s = snapshots.get(snapshotId, serverId);
        } catch (VpsnapException e) {
            if (e.exitCode() != ExitCode.NOT_FOUND) {
                throw e;
            }
            return target == Target.DELETED
                    ? op.withStatus(OperationStatus.SUCCEEDED, clock.instant(), "snapshot " + snapshotId + " is gone")
                    : op.withStatus(OperationStatus.FAILED, clock.instant(), "snapshot " + snapshotId + " no longer exists");
        }
        if (s.status() == SnapshotStatus.FAILED) {
            return op.withStatus(OperationStatus.FAILED, clock.instant(), "snapshot status " + s.providerStatus());
        }
        if (target == Target.AVAILABLE && s.status() == SnapshotStatus.AVAILABLE) {
            return op.withStatus(OperationStatus.SUCCEEDED, clock.instant(), null);
        }
        return op.withStatus(OperationStatus.RUNNING, null, "status " + s.status());
    }

    @Override
    public Operation get(String operationId) {
        return refresh(start());
    }
}
