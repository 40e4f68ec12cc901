package dev.vpsnap.provider.hivelocity;

import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Snapshot;
import java.util.Optional;
import dev.vpsnap.provider.OperationApi;

/**
 * Hivelocity tasks: every snapshot, volume and ISO mutation answers HTTP 201 with a {@code NetworkTask}, polled with
 * {@code GET /network/status/{taskId}} until its {@code result} is Success or Failed ({@code Pending}, empty and
 * null all mean still running). Hivelocity's own Terraform provider polls no more often than every 30 s; the pace
 * is the waiter's business, not this class's. Operation ids: see {@link OperationId}.
 */
final class HivelocityOperations implements OperationApi {
    private final HivelocityClient client;
    private final HivelocityMapper mapper;
    private final CreatedSnapshotFinder finder;

    HivelocityOperations(HivelocityClient client, HivelocityMapper mapper, CreatedSnapshotFinder finder) {
        this.client = client;
        this.mapper = mapper;
        this.finder = finder;
    }

    /** The operation a mutation just started, from the task in its 201 answer. */
    Operation started(OperationId id, NetworkTask task) {
        return mapper.operation(id, task, null);
    }

    @Override
    public Operation refresh(Operation operation) {
        OperationId id = OperationId.parse(operation.id());
        return snapshotDone(id, mapper.operation(id, client.networkStatus(id.taskId()), operation), false);
    }

    @Override
    public Operation get(String operationId) {
        OperationId id = OperationId.parse(operationId);
        return snapshotDone(id, mapper.operation(id, client.networkStatus(id.taskId()), null), true);
    }

    /**
     * A create is done when its SNAPSHOT is, not its task: the spec keeps the task's {@code result} and the snapshot's
     * {@code state} (Scheduled, Started, Completed) apart, and a task may say Success while the snapshot is still being
     * made. After the task's Success the snapshot is looked up: available → succeeded; failed → failed; still pending,
     * or not listed yet → running (the wait's deadline bounds it). Resumed ({@code snapshot wait --operation}) from a
     * task that already succeeded, a snapshot that is not listed is gone: the operation vanished (failed, exit 7).
     */
    private Operation snapshotDone(OperationId id, Operation op, boolean resumed) {
        if (op.status() != OperationStatus.SUCCEEDED || !(id.isCreate() || OperationId.SNAPSHOT_CREATE.equals(op.kind()))) {
            return op;
        }
        OperationId target = finder.target(id);
        Optional<Snapshot> made = finder.look(target, op.startedAt());
        if (made.isEmpty() && resumed) {
            return op.withStatus(OperationStatus.FAILED, op.finishedAt(), "hivelocity task " + id.taskId()
                    + " succeeded but snapshot '" + target.name() + "' is gone from volume " + target.volumeId());
        }
        if (made.isEmpty()) {
            return op.withStatus(OperationStatus.RUNNING, null, "hivelocity task " + id.taskId()
                    + " succeeded; snapshot '" + target.name() + "' is not listed on volume " + target.volumeId() + " yet");
        }
        Snapshot s = made.get();
        return switch (s.status()) {
            case AVAILABLE -> op.withResourceId(s.id());
            case FAILED -> op.withStatus(OperationStatus.FAILED, op.finishedAt(), "snapshot " + s.id() + " is "
                    + s.providerStatus() + " although hivelocity task " + id.taskId() + " succeeded");
            default -> op.withStatus(OperationStatus.RUNNING, null, "hivelocity task " + id.taskId()
                    + " succeeded; snapshot " + s.id() + " is " + s.providerStatus());
        };
    }
}
