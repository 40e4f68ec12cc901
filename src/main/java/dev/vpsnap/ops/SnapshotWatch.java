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
import java.util.List;

/**
 * {@code snapshot wait SNAPSHOT_ID}: watching a snapshot's own status as if it were an operation, so the one
 * {@link Waiter} serves both. Target {@code available}: succeeds when available, fails when failed or gone (it
 * vanished: exit 7); target {@code deleted}: succeeds when the snapshot is no longer found. The first look
 * ({@link #first}) finding no such snapshot is exit 4 for {@code available}: the id names nothing. Each poll keeps
 * the snapshot it saw ({@link #seen}), so the result is not fetched again.
 */
public final class SnapshotWatch implements OperationApi {
    public enum Target { AVAILABLE, DELETED }

    private final SnapshotApi snapshots;
    private final String provider;
    private final String snapshotId;
    private final String serverId;
    private final Target target;
    private final Clock clock;
    private volatile Snapshot seen;

    public SnapshotWatch(SnapshotApi snapshots, String provider, String snapshotId, String serverId, Target target, Clock clock) {
        this.snapshots = snapshots;
        this.provider = provider;
        this.snapshotId = snapshotId;
        this.serverId = serverId;
        this.target = target;
        this.clock = clock;
    }

    /** The watch before any look (reconciliation adopts a snapshot it has just listed). */
    public Operation start() {
        return new Operation(provider, snapshotId, target == Target.AVAILABLE ? "snapshot.available" : "snapshot.deleted",
                OperationStatus.RUNNING, snapshotId, clock.instant(), null, null);
    }

    /** The first look: exit 4 when there is no such snapshot to become available. */
    public Operation first() {
        return look(start(), true);
    }

    /** The snapshot as last seen by a poll, or null. */
    public Snapshot seen() {
        return seen;
    }

    @Override
    public Operation refresh(Operation op) {
        return look(op, false);
    }

    /**
     * One look per operation, handing back the snapshot a look saw available (an adopted create's result), so the
     * waiting create does not fetch it again ({@link OperationApi.Polled}).
     */
    @Override
    public List<Polled> pollAll(List<Operation> operations) {
        return operations.stream().map(op -> {
            Operation now = look(op, false);
            boolean made = target == Target.AVAILABLE && now.status() == OperationStatus.SUCCEEDED;
            return new Polled(now, made ? seen : null);
        }).toList();
    }

    private Operation look(Operation op, boolean first) {
        Snapshot s;
        try {
            s = snapshots.get(snapshotId, serverId);
        } catch (VpsnapException e) {
            if (e.exitCode() != ExitCode.NOT_FOUND || (first && target == Target.AVAILABLE)) {
                throw e;
            }
            return target == Target.DELETED
                    ? op.withStatus(OperationStatus.SUCCEEDED, clock.instant(), "snapshot " + snapshotId + " is gone")
                    : op.withStatus(OperationStatus.FAILED, clock.instant(), "snapshot " + snapshotId + " vanished");
        }
        seen = s;
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
        return first();
    }
}
