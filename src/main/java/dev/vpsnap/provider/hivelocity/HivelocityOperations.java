package dev.vpsnap.provider.hivelocity;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.model.OperationRef;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.transport.TransportException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Hivelocity tasks: every snapshot, volume and ISO mutation answers HTTP 201 with a {@code NetworkTask}, polled with
 * {@code GET /network/status/{taskId}} until its {@code result} is Success or Failed ({@code Pending}, empty and
 * null all mean still running). Hivelocity's own Terraform provider polls no more often than every 30 s; the pace
 * is the waiter's business, not this class's. Operation ids: see {@link HivelocityRefs}.
 */
final class HivelocityOperations implements OperationApi {
    private final HivelocityClient client;
    private final HivelocityMapper mapper;
    private final CreatedSnapshotFinder finder;
    private final DeviceVolumes volumes;

    HivelocityOperations(HivelocityClient client, HivelocityMapper mapper, CreatedSnapshotFinder finder,
                         DeviceVolumes volumes) {
        this.client = client;
        this.mapper = mapper;
        this.finder = finder;
        this.volumes = volumes;
    }

    /** The operation a mutation just started, from the task in its 201 answer. */
    Operation started(OperationRef id, NetworkTask task) {
        return mapper.operation(id, task, null);
    }

    /**
     * A volume or ISO delete: its task, or, when the first DELETE's answer was lost and the retry met the deletion it
     * had started (Hivelocity: "a task is already in progress", 400) or found the resource gone, an operation with no
     * task, watched through the resource until it is gone ({@link HivelocityRefs#untracked}). Any other failure is
     * the delete's.
     */
    Operation deleting(String kind, String resourceId, Supplier<NetworkTask> send) {
        try {
            NetworkTask task = send.get();
            if (task != null) {
                return started(HivelocityRefs.of(kind, task.taskId(), resourceId), task);
            }
        } catch (TransportException lost) {
            if (!lost.maybeProcessed()) {
                throw lost;
            }
        }
        return gone(HivelocityRefs.untracked(kind, resourceId), null);
    }

    /** An untracked delete: succeeded once a read of the resource answers not found, running while it is there. */
    private Operation gone(OperationRef id, Operation previous) {
        String resource = HivelocityRefs.resourceId(id);
        String what = id.is(OperationKinds.ISO_DELETE) ? "ISO " : "volume ";
        Instant now = mapper.now();
        Instant started = previous != null && previous.startedAt() != null ? previous.startedAt() : now;
        try {
            if (id.is(OperationKinds.ISO_DELETE)) {
                client.iso(resource);
            } else {
                client.volume(resource);
            }
        } catch (VpsnapException e) {
            if (e.exitCode() != ExitCode.NOT_FOUND) {
                throw e;
            }
            return new Operation(HivelocityFactory.ID, id.encode(), id.kind(), OperationStatus.SUCCEEDED, resource,
                    started, now, what + resource + " is gone", id);
        }
        return new Operation(HivelocityFactory.ID, id.encode(), id.kind(), OperationStatus.RUNNING, resource, started,
                null, what + resource + " is still there: the delete whose answer was lost is under way", id);
    }

    @Override
    public Operation refresh(Operation operation) {
        return poll(operation).operation();
    }

    /** One task poll; a create whose snapshot the poll saw available hands that snapshot back. */
    private Polled poll(Operation operation) {
        OperationRef id = HivelocityRefs.SCHEMA.of(operation);
        if (HivelocityRefs.isUntracked(id)) {
            return new Polled(gone(id, operation), null);
        }
        return snapshotDone(id, mapper.operation(id, client.networkStatus(HivelocityRefs.taskId(id)), operation), false);
    }

    @Override
    public List<Operation> refreshAll(List<Operation> operations) {
        return pollAll(operations).stream().map(Polled::operation).toList();
    }

    /**
     * Two or more pending snapshot creates are observed from ONE snapshot list of the configured facility per round,
     * instead of one task GET each (and a snapshot list after each task's Success). The rule stays the snapshot's: a
     * create is done when the snapshot it made is listed Completed, failed when it is listed failed, running while it
     * is listed in another state. A create whose snapshot is not listed yet is asked through its task (so a failed
     * task is seen), as is every other operation. A round in which creates finish also lists the facility's volumes
     * once (the snapshot names no device), so the finished snapshots are handed back and not fetched again.
     */
    @Override
    public List<Polled> pollAll(List<Operation> operations) {
        List<Integer> creates = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            Operation op = operations.get(i);
            if ((op.status() == null || !op.status().terminal()) && HivelocityRefs.isCreate(HivelocityRefs.SCHEMA.of(op))) {
                creates.add(i);
            }
        }
        if (creates.size() < 2) {
            return operations.stream().map(this::poll).toList();
        }
        List<VpsSnapshot> listed = client.snapshots(null);
        List<Polled> out = new ArrayList<>(operations.size());
        List<Integer> done = new ArrayList<>();
        List<VpsSnapshot> doneSnapshots = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            Operation op = operations.get(i);
            OperationRef id = HivelocityRefs.SCHEMA.of(op);
            Optional<VpsSnapshot> made = creates.contains(i)
                    ? CreatedSnapshotFinder.made(listed, id, op.startedAt()) : Optional.empty();
            if (made.isEmpty()) {
                out.add(poll(op));
                continue;
            }
            VpsSnapshot s = made.get();
            SnapshotStatus state = HivelocityStatus.snapshot(s.state());
            Operation now = switch (state) {
                case AVAILABLE -> op.withStatus(OperationStatus.SUCCEEDED, mapper.now(), "snapshot " + s.snapshotId()
                        + " is " + s.state()).withResourceId(s.snapshotId());
                case FAILED -> op.withStatus(OperationStatus.FAILED, mapper.now(), "snapshot " + s.snapshotId()
                        + " is " + s.state());
                default -> op.withStatus(OperationStatus.RUNNING, null, "snapshot " + s.snapshotId() + " is "
                        + s.state());
            };
            if (state == SnapshotStatus.AVAILABLE) {
                done.add(i);
                doneSnapshots.add(s);
            }
            out.add(new Polled(now, null));
        }
        if (!done.isEmpty()) {
            Map<String, String> devices = volumes.devicesByVolume();
            for (int k = 0; k < done.size(); k++) {
                VpsSnapshot s = doneSnapshots.get(k);
                out.set(done.get(k), new Polled(out.get(done.get(k)).operation(),
                        mapper.snapshot(s, devices.get(s.volumeId()))));
            }
        }
        return out;
    }

    @Override
    public Operation get(String operationId) {
        return resume(operationId).operation();
    }

    @Override
    public Polled resume(String operationId) {
        OperationRef id = HivelocityRefs.SCHEMA.parse(operationId);
        if (HivelocityRefs.isUntracked(id)) {
            return new Polled(gone(id, null), null);
        }
        return snapshotDone(id, mapper.operation(id, client.networkStatus(HivelocityRefs.taskId(id)), null), true);
    }

    /**
     * A create is done when its SNAPSHOT is, not its task: the spec keeps the task's {@code result} and the snapshot's
     * {@code state} (Scheduled, Started, Completed) apart, and a task may say Success while the snapshot is still being
     * made. After the task's Success the snapshot is looked up: available → succeeded; failed → failed; still pending,
     * or not listed yet → running (the wait's deadline bounds it). Resumed ({@code snapshot wait --operation}) from a
     * task that already succeeded, a snapshot that is not listed is gone: the operation vanished (failed, exit 7).
     * The snapshot seen available is handed back with the operation, so {@code created()} does not list it again.
     */
    private Polled snapshotDone(OperationRef id, Operation op, boolean resumed) {
        if (op.status() != OperationStatus.SUCCEEDED || !(HivelocityRefs.isCreate(id) || OperationKinds.SNAPSHOT_CREATE.equals(op.kind()))) {
            return new Polled(op, null);
        }
        OperationRef target = finder.target(id);
        Optional<Snapshot> made = finder.look(target, op.startedAt());
        if (made.isEmpty() && resumed) {
            return new Polled(op.withStatus(OperationStatus.FAILED, op.finishedAt(), "hivelocity task " + HivelocityRefs.taskId(id)
                    + " succeeded but snapshot '" + HivelocityRefs.name(target) + "' is gone from volume " + HivelocityRefs.volumeId(target)), null);
        }
        if (made.isEmpty()) {
            return new Polled(op.withStatus(OperationStatus.RUNNING, null, "hivelocity task " + HivelocityRefs.taskId(id)
                    + " succeeded; snapshot '" + HivelocityRefs.name(target) + "' is not listed on volume " + HivelocityRefs.volumeId(target) + " yet"), null);
        }
        Snapshot s = made.get();
        return switch (s.status()) {
            case AVAILABLE -> new Polled(op.withResourceId(s.id()), s);
            case FAILED -> new Polled(op.withStatus(OperationStatus.FAILED, op.finishedAt(), "snapshot " + s.id() + " is "
                    + s.providerStatus() + " although hivelocity task " + HivelocityRefs.taskId(id) + " succeeded"), null);
            default -> new Polled(op.withStatus(OperationStatus.RUNNING, null, "hivelocity task " + HivelocityRefs.taskId(id)
                    + " succeeded; snapshot " + s.id() + " is " + s.providerStatus()), null);
        };
    }
}
