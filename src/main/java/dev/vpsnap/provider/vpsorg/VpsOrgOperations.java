package dev.vpsnap.provider.vpsorg;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.model.OperationRef;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.SnapshotStatus;
import dev.vpsnap.provider.OperationApi;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Polls vps.org "operations" by observing state, since the API returns none (see {@link VpsOrgRefs}):
 * <ul>
 * <li>create: list {@code ?server_id=} and read the snapshot: {@code completed} → succeeded, failed-like → failed,
 *     gone → failed ("disappeared"), anything else (in_progress, unknown values) → running.</li>
 * <li>delete: list {@code ?server_id=}: succeeded once the snapshot is no longer listed, running while it is.</li>
 * <li>restore: {@code GET /servers/} (the only documented server endpoint) and read the server's status:
 *     {@code restoring} → running; a settled state (active, stopped, suspended) → succeeded only once a poll after the
 *     POST has seen {@code restoring} (before that the server may be in the stop phase that precedes the restore,
 *     seed 004), else still pending; error-like → failed; values we do not know → not finished (an unknown value
 *     must not pass for success; the waiter's deadline bounds it). A resumed wait ({@code --operation}) that finds
 *     the server settled cannot tell a finished restore from one not begun, so it does not report success.</li>
 * </ul>
 * A terminal operation is returned unchanged.
 */
final class VpsOrgOperations implements OperationApi {
    private final VpsOrgClient client;
    private final VpsOrgMapper mapper;
    private final Clock clock;

    VpsOrgOperations(VpsOrgClient client, VpsOrgMapper mapper, Clock clock) {
        this.client = client;
        this.mapper = mapper;
        this.clock = clock;
    }

    private record Observation(OperationStatus status, String message, Instant startedAt) {
    }

    @Override
    public Operation refresh(Operation operation) {
        if (operation.status() != null && operation.status().terminal()) {
            return operation;
        }
        OperationRef id = VpsOrgRefs.SCHEMA.of(operation);
        Observation seen = id.is(OperationKinds.SNAPSHOT_RESTORE) ? observeRestore(operation, id)
                : id.is(OperationKinds.SNAPSHOT_CREATE)
                ? created(id, client.findSnapshot(VpsOrgRefs.snapshotId(id), VpsOrgRefs.serverId(id)))
                : deleted(id, client.findSnapshot(VpsOrgRefs.snapshotId(id), VpsOrgRefs.serverId(id)));
        return next(operation, id, seen);
    }

    private Operation next(Operation operation, OperationRef id, Observation seen) {
        return new Operation(operation.provider(), operation.id(), operation.kind(), seen.status(),
                operation.resourceId() != null ? operation.resourceId() : String.valueOf(VpsOrgRefs.snapshotId(id)),
                operation.startedAt() != null ? operation.startedAt() : seen.startedAt(),
                seen.status().terminal() ? clock.instant() : null,
                seen.message() != null ? seen.message() : operation.message());
    }

    @Override
    public List<Operation> refreshAll(List<Operation> operations) {
        return pollAll(operations).stream().map(Polled::operation).toList();
    }

    /**
     * Creates and deletes are observed from one listing per round: {@code ?server_id=} when they all concern one
     * server, else the account-wide list (every page). Restores (a server's status) are refreshed one by one. A create
     * the listing shows completed hands back the listed snapshot, so it is not fetched again.
     */
    @Override
    public List<Polled> pollAll(List<Operation> operations) {
        List<OperationRef> ids = operations.stream()
                .map(o -> o.status() != null && o.status().terminal() ? null : VpsOrgRefs.SCHEMA.of(o)).toList();
        Set<Long> servers = ids.stream().filter(i -> i != null && !i.is(OperationKinds.SNAPSHOT_RESTORE))
                .map(VpsOrgRefs::serverId).collect(Collectors.toSet());
        Map<Long, VpsOrgSnapshot> listed = servers.isEmpty() ? Map.of()
                : client.listSnapshots(servers.size() == 1 ? servers.iterator().next() : null).stream()
                        .filter(s -> s.id() != null).collect(Collectors.toMap(VpsOrgSnapshot::id, s -> s, (a, b) -> a));
        List<Polled> out = new ArrayList<>(operations.size());
        for (int i = 0; i < operations.size(); i++) {
            OperationRef id = ids.get(i);
            Operation op = operations.get(i);
            if (id == null) {
                out.add(new Polled(op, null));
            } else if (id.is(OperationKinds.SNAPSHOT_RESTORE)) {
                out.add(new Polled(refresh(op), null));
            } else {
                Optional<VpsOrgSnapshot> found = Optional.ofNullable(listed.get(VpsOrgRefs.snapshotId(id)))
                        .filter(s -> s.server() == null || s.server().id() == null || s.server().id() == VpsOrgRefs.serverId(id));
                if (id.is(OperationKinds.SNAPSHOT_CREATE)) {
                    Operation now = next(op, id, created(id, found));
                    out.add(new Polled(now, now.status() == OperationStatus.SUCCEEDED
                            ? found.map(mapper::snapshot).orElse(null) : null));
                } else {
                    out.add(new Polled(next(op, id, deleted(id, found)), null));
                }
            }
        }
        return out;
    }

    /**
     * Resumes from the id alone. The id names a snapshot on a server: when the first look finds neither the server nor
     * (for a create or restore) the snapshot, the id names nothing: exit 4, not a failed operation. (A snapshot
     * that disappears while it is being waited for is a failed operation: exit 7.) A delete whose snapshot is gone
     * from an existing server is done.
     */
    @Override
    public Operation get(String operationId) {
        return resume(operationId).operation();
    }

    /** {@link #get}; a create the first look shows completed hands back the listed snapshot (not fetched again). */
    @Override
    public Polled resume(String operationId) {
        OperationRef id = VpsOrgRefs.SCHEMA.parse(operationId);
        Operation start = VpsOrgRefs.operation(id, OperationStatus.PENDING, null, null, null);
        Optional<VpsOrgServer> server = id.is(OperationKinds.SNAPSHOT_RESTORE) ? requireServer(id) : null;
        Optional<VpsOrgSnapshot> s = client.findSnapshot(VpsOrgRefs.snapshotId(id), VpsOrgRefs.serverId(id));
        if (s.isEmpty() && server == null) {
            requireServer(id);
        }
        if (id.is(OperationKinds.SNAPSHOT_DELETE)) {
            return new Polled(next(start, id, deleted(id, s)), null);
        }
        if (s.isEmpty()) {
            throw new VpsnapException(ExitCode.NOT_FOUND, "operation " + operationId + " names no snapshot: server "
                    + VpsOrgRefs.serverId(id) + " has no snapshot " + VpsOrgRefs.snapshotId(id), VpsOrgFactory.DESCRIPTOR.id(), null,
                    "check the id; 'vpsnap snapshot list --server " + VpsOrgRefs.serverId(id) + "' shows the server's snapshots", null);
        }
        if (!id.is(OperationKinds.SNAPSHOT_CREATE)) {
            return new Polled(next(start, id, observeRestore(start, id, server)), null);
        }
        Operation now = next(start, id, created(id, s));
        return new Polled(now, now.status() == OperationStatus.SUCCEEDED ? mapper.snapshot(s.get()) : null);
    }

    /** The server the id names (one listing, kept for the first observation), else exit 4. */
    private Optional<VpsOrgServer> requireServer(OperationRef id) {
        Optional<VpsOrgServer> server = client.findServer(VpsOrgRefs.serverId(id));
        if (server.isEmpty()) {
            throw new VpsnapException(ExitCode.NOT_FOUND, "operation " + id.encode() + " names no server: there is no server "
                    + VpsOrgRefs.serverId(id), VpsOrgFactory.DESCRIPTOR.id(), null, "'vpsnap server list' shows the servers", null);
        }
        return server;
    }

    private Observation created(OperationRef id, Optional<VpsOrgSnapshot> found) {
        if (found.isEmpty()) {
            return new Observation(OperationStatus.FAILED, "snapshot " + VpsOrgRefs.snapshotId(id) + " disappeared from server "
                    + VpsOrgRefs.serverId(id) + " before it completed", null);
        }
        VpsOrgSnapshot s = found.get();
        Instant started = VpsOrgMapper.instant(s.createdAt());
        SnapshotStatus status = VpsOrgStatus.snapshot(s.status());
        return switch (status) {
            case AVAILABLE -> new Observation(OperationStatus.SUCCEEDED, "snapshot " + VpsOrgRefs.snapshotId(id) + " completed",
                    started);
            case FAILED -> new Observation(OperationStatus.FAILED, "snapshot " + VpsOrgRefs.snapshotId(id) + " failed (status '"
                    + s.status() + "')", started);
            default -> new Observation(OperationStatus.RUNNING, null, started);
        };
    }

    private Observation deleted(OperationRef id, Optional<VpsOrgSnapshot> found) {
        return found.isPresent() ? new Observation(OperationStatus.RUNNING, null, null)
                : new Observation(OperationStatus.SUCCEEDED, "snapshot " + VpsOrgRefs.snapshotId(id) + " deleted", null);
    }

    /**
     * A restore is done only after a poll that followed the POST saw the server {@code restoring} and a later one saw
     * it settled: seed 004 says the server is stopped before restoration begins, so a {@code stopped} (or still
     * {@code active}) server right after the POST means "not begun", not "finished". Whether {@code restoring} was
     * seen is carried by the operation itself: {@code pending} until then, {@code running} after.
     */
    private Observation observeRestore(Operation operation, OperationRef id) {
        return observeRestore(operation, id, client.findServer(VpsOrgRefs.serverId(id)));
    }

    private Observation observeRestore(Operation operation, OperationRef id, Optional<VpsOrgServer> found) {
        if (found.isEmpty()) {
            return new Observation(OperationStatus.FAILED, "server " + VpsOrgRefs.serverId(id) + " is no longer listed", null);
        }
        String raw = found.get().status();
        boolean seenRestoring = operation.status() == OperationStatus.RUNNING;
        return switch (VpsOrgStatus.server(raw)) {
            case VpsOrgStatus.RUNNING, VpsOrgStatus.STOPPED -> seenRestoring
                    ? new Observation(OperationStatus.SUCCEEDED, "server " + VpsOrgRefs.serverId(id) + " restored (status '" + raw
                            + "')", null)
                    : new Observation(OperationStatus.PENDING, "server " + VpsOrgRefs.serverId(id) + " is '" + raw
                            + "'; vps.org has not shown the restore running yet", null);
            case VpsOrgStatus.ERROR -> new Observation(OperationStatus.FAILED, "server " + VpsOrgRefs.serverId(id)
                    + " is in state '" + raw + "' after the restore", null);
            case VpsOrgStatus.BUSY -> new Observation(OperationStatus.RUNNING, "server " + VpsOrgRefs.serverId(id)
                    + " is restoring", null);
            default -> new Observation(seenRestoring ? OperationStatus.RUNNING : OperationStatus.PENDING,
                    "server " + VpsOrgRefs.serverId(id) + " is in unrecognised state '" + raw + "'", null);
        };
    }
}
