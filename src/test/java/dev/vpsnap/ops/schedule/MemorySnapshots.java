package dev.vpsnap.ops.schedule;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.provider.SnapshotApi;
import dev.vpsnap.provider.SnapshotCreate;
import dev.vpsnap.provider.SnapshotRestore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** An in-memory provider's snapshots whose operations finish at once; records every call. */
final class MemorySnapshots implements SnapshotApi, OperationApi {
    final List<Snapshot> snapshots = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    private final Clock clock;
    private int next = 100;
    boolean failCreate;

    MemorySnapshots(Clock clock) {
        this.clock = clock;
    }

    void add(String id, String name, SnapshotStatus status, String createdAt) {
        snapshots.add(RetentionTest.snap(id, name, status, createdAt));
    }

    @Override
    public List<Snapshot> list(String serverId) {
        calls.add("list " + serverId);
        return List.copyOf(snapshots);
    }

    @Override
    public Snapshot get(String snapshotId, String serverId) {
        return snapshots.stream().filter(s -> s.id().equals(snapshotId)).findFirst()
                .orElseThrow(() -> new VpsnapException(ExitCode.NOT_FOUND, "no snapshot " + snapshotId));
    }

    @Override
    public Operation create(SnapshotCreate request) {
        calls.add("create " + request.serverId() + " " + request.name());
        if (failCreate) {
            throw new VpsnapException(ExitCode.REJECTED, "limit reached", "memory", 400, null, null);
        }
        String id = String.valueOf(next++);
        snapshots.add(new Snapshot("memory", null, id, request.name(), request.serverId(), null, null,
                SnapshotStatus.AVAILABLE, "done", null, clock.instant(), null, null, List.of()));
        return new Operation("memory", "op-" + id, "snapshot.create", OperationStatus.SUCCEEDED, id, clock.instant(), clock.instant(), null);
    }

    @Override
    public Operation restore(SnapshotRestore request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Operation delete(String snapshotId, String serverId) {
        calls.add("delete " + snapshotId);
        snapshots.removeIf(s -> s.id().equals(snapshotId));
        return new Operation("memory", "del-" + snapshotId, "snapshot.delete", OperationStatus.SUCCEEDED, snapshotId,
                clock.instant(), clock.instant(), null);
    }

    @Override
    public Snapshot created(Operation createOperation) {
        return get(createOperation.resourceId(), null);
    }

    @Override
    public Operation refresh(Operation operation) {
        return operation;
    }

    @Override
    public Operation get(String operationId) {
        throw new UnsupportedOperationException();
    }
}
