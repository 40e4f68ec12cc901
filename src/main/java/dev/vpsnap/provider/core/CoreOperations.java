package dev.vpsnap.provider.core;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationRef;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.SnapshotStatus;
import dev.vpsnap.provider.OperationApi;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Core has no task or action object: an operation is polled through the resource it concerns (see
 * {@link CoreRefs}). Create: the snapshot's status. Delete: the snapshot until it is not found. Restore: the NEW
 * VM the restore created, until ACTIVE (succeeded) or in error (failed). Volume operations: the volume's status and
 * attachments ({@link CoreStatuses#volumeOperation}); a volume delete until the volume is not found.
 */
final class CoreOperations implements OperationApi {
    /** How a failed operation whose resource is not found says so (a resume's first look turns it into exit 4). */
    private static final String GONE = " no longer exists";
    private final CoreClient client;
    private final CoreMapper mapper;
    private final Clock clock;

    CoreOperations(CoreClient client, CoreMapper mapper, Clock clock) {
        this.client = client;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Operation refresh(Operation operation) {
        if (operation.status() != null && operation.status().terminal()) {
            return operation;
        }
        return poll(operation, CoreRefs.SCHEMA.of(operation));
    }

    @Override
    public List<Operation> refreshAll(List<Operation> operations) {
        return pollAll(operations).stream().map(Polled::operation).toList();
    }

    /**
     * Creates and deletes are observed from ONE account-wide snapshot list per round (the list has every snapshot with
     * its status; there is no filter), instead of one {@code GET /core/snapshots/{id}} each; a lone operation is
     * polled by itself (one GET rather than every page of the list). Restores follow their new VM one by one. A create
     * seen finished hands back the snapshot it saw, so it is not fetched again.
     */
    @Override
    public List<Polled> pollAll(List<Operation> operations) {
        List<OperationRef> ids = operations.stream()
                .map(o -> o.status() != null && o.status().terminal() ? null : CoreRefs.SCHEMA.of(o)).toList();
        if (operations.size() == 1 && ids.get(0) != null && CoreRefs.CREATE.equals(ids.get(0).kind())) {
            String sid = CoreRefs.snapshotId(ids.get(0));
            CoreSnapshot s = find(sid);
            return List.of(seen(created(operations.get(0), sid, s), s));
        }
        if (operations.size() == 1) {
            return List.of(new Polled(refresh(operations.get(0)), null));
        }
        boolean anySnapshot = ids.stream().anyMatch(i -> i != null && !CoreRefs.RESTORE.equals(i.kind()));
        Map<String, CoreSnapshot> listed = new HashMap<>();
        if (anySnapshot) {
            for (CoreSnapshot s : client.all(page -> client.listSnapshots(page, CoreClient.PAGE_SIZE),
                    s -> s.id() != null ? s.id() : s)) {
                if (s.id() != null) {
                    listed.put(String.valueOf(s.id()), s);
                }
            }
        }
        List<Polled> out = new ArrayList<>(operations.size());
        for (int i = 0; i < operations.size(); i++) {
            OperationRef id = ids.get(i);
            Operation op = operations.get(i);
            if (id == null) {
                out.add(new Polled(op, null));
            } else if (CoreRefs.CREATE.equals(id.kind())) {
                CoreSnapshot s = listed.get(CoreRefs.snapshotId(id));
                out.add(seen(created(op, CoreRefs.snapshotId(id), s), s));
            } else if (CoreRefs.DELETE.equals(id.kind())) {
                out.add(new Polled(deleted(op, CoreRefs.snapshotId(id), listed.get(CoreRefs.snapshotId(id))), null));
            } else {
                out.add(new Polled(refresh(op), null));
            }
        }
        return out;
    }

    /** A polled create: with the snapshot it saw once that snapshot is done. */
    private Polled seen(Operation op, CoreSnapshot s) {
        return new Polled(op, op.status() == OperationStatus.SUCCEEDED && s != null ? mapper.snapshot(s) : null);
    }

    /**
     * Resumes from the id alone. Core has no operation object: the id names the snapshot, volume or (for a restore)
     * the new VM. When the first look finds none, the id names nothing: exit 4 (a resource that disappears while it is
     * being waited for is a failed operation, exit 7). A delete whose resource is gone is done.
     */
    @Override
    public Operation get(String operationId) {
        return resume(operationId).operation();
    }

    /** {@link #get}; a create whose snapshot the first look saw available hands it back (not fetched again). */
    @Override
    public Polled resume(String operationId) {
        OperationRef id = CoreRefs.SCHEMA.parse(operationId);
        Operation start = Operation.of(id, OperationStatus.PENDING, CoreRefs.resourceId(id), null, null, null);
        Polled polled = pollAll(List.of(start)).get(0);
        Operation first = polled.operation();
        boolean deletion = CoreRefs.DELETE.equals(id.kind()) || CoreRefs.VOLUME_DELETE.equals(id.kind());
        if (!deletion && first.status() == OperationStatus.FAILED && first.message() != null
                && first.message().endsWith(GONE)) {
            throw new VpsnapException(ExitCode.NOT_FOUND, "operation " + operationId + " names nothing: "
                    + first.message().replace(GONE, " does not exist"), client.provider(), 404,
                    "check the id ('vpsnap snapshot list' shows the snapshots)", null);
        }
        return polled;
    }

    /** The operation a create answer starts: its snapshot may already be done (or failed). */
    Operation created(CoreSnapshot snapshot, String providerMessage) {
        String id = String.valueOf(snapshot.id());
        OperationStatus s = CoreStatuses.createOperation(CoreStatuses.snapshot(snapshot.status()));
        return started(CoreRefs.create(id), s, providerMessage != null ? providerMessage
                : "snapshot " + id + " is " + snapshot.status());
    }

    /** The operation a restore answer starts; the message names the new VM, since the source VM is not touched. */
    Operation restoring(String snapshotId, CoreVm newVm, String providerMessage) {
        String vmId = String.valueOf(newVm.id());
        String msg = "restoring snapshot " + snapshotId + " into new VM '" + newVm.name() + "' (id " + vmId + ")"
                + (providerMessage == null || providerMessage.isBlank() ? "" : ": " + providerMessage);
        return started(CoreRefs.restore(vmId, snapshotId), CoreStatuses.restoreOperation(newVm.status()), msg);
    }

    /** The operation a delete answer starts: done once the snapshot is no longer found. */
    Operation deleting(String snapshotId, String providerMessage) {
        return started(CoreRefs.delete(snapshotId), OperationStatus.RUNNING,
                providerMessage != null ? providerMessage : "deleting snapshot " + snapshotId);
    }

    /** The operation a volume create answer starts: done once the volume is available. */
    Operation volumeCreating(CoreVolume volume, String providerMessage) {
        OperationRef id = CoreRefs.volume(CoreRefs.VOLUME_CREATE, String.valueOf(volume.id()));
        return started(id, CoreStatuses.volumeOperation(id.kind(), volume, null),
                providerMessage != null ? providerMessage : "volume " + volume.id() + " is " + volume.status());
    }

    /**
     * The operation a volume delete, attach or detach answer starts: always running, then judged from the volume
     * itself (the attach/detach answer's attachment list has no documented status words to trust).
     */
    Operation volumeChanging(OperationRef id, String providerMessage) {
        return started(id, OperationStatus.RUNNING, providerMessage != null ? providerMessage
                : id.kind() + " of volume " + CoreRefs.resourceId(id) + " started");
    }

    private Operation started(OperationRef id, OperationStatus status, String message) {
        Instant now = clock.instant();
        return Operation.of(id, status, CoreRefs.resourceId(id), now, status.terminal() ? now : null, message);
    }

    private Operation poll(Operation op, OperationRef id) {
        return switch (id.kind()) {
            case CoreRefs.CREATE -> pollCreate(op, CoreRefs.snapshotId(id));
            case CoreRefs.DELETE -> pollDelete(op, CoreRefs.snapshotId(id));
            case CoreRefs.RESTORE -> pollRestore(op, id);
            default -> pollVolume(op, id);
        };
    }

    private Operation pollCreate(Operation op, String snapshotId) {
        return created(op, snapshotId, find(snapshotId));
    }

    private Operation pollDelete(Operation op, String snapshotId) {
        CoreSnapshot s = orGoneFromList(() -> Optional.ofNullable(find(snapshotId)),
                () -> client.all(page -> client.listSnapshots(page, CoreClient.PAGE_SIZE), x -> x.id() != null ? x.id() : x)
                        .stream().anyMatch(x -> snapshotId.equals(String.valueOf(x.id())))).orElse(null);
        return deleted(op, snapshotId, s);
    }

    /**
     * The resource a delete is waiting on, or empty once it is gone. The GET endpoints document no 404 (snapshot: 400
     * only; volume: 400/401/403/405), so a GET refused with another 4xx (403, a 400 worded its own way) is not trusted
     * either way: the delete is done when the id is gone from its list, and the refusal stands while it is listed.
     */
    private static <T> Optional<T> orGoneFromList(Supplier<Optional<T>> get, BooleanSupplier stillListed) {
        try {
            return get.get();
        } catch (VpsnapException e) {
            Integer s = e.httpStatus();
            if (s == null || s < 400 || s >= 500 || s == 401 || s == 429 || stillListed.getAsBoolean()) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** The snapshot, or null when the API says it is not found. */
    private CoreSnapshot find(String snapshotId) {
        return found(() -> client.getSnapshot(snapshotId).value()).orElse(null);
    }

    private Operation created(Operation op, String snapshotId, CoreSnapshot s) {
        if (s == null) {
            return next(op, op.startedAt(), OperationStatus.FAILED, "snapshot " + snapshotId + GONE);
        }
        Instant started = op.startedAt() != null ? op.startedAt() : CoreMapper.instant(s.createdAt());
        return next(op, started, CoreStatuses.createOperation(CoreStatuses.snapshot(s.status())),
                "snapshot " + snapshotId + " is " + s.status());
    }

    private Operation deleted(Operation op, String snapshotId, CoreSnapshot s) {
        if (s == null) {
            return next(op, op.startedAt(), OperationStatus.SUCCEEDED, "snapshot " + snapshotId + " deleted");
        }
        OperationStatus status = CoreStatuses.snapshot(s.status()) == SnapshotStatus.FAILED
                ? OperationStatus.FAILED : OperationStatus.RUNNING;
        return next(op, op.startedAt(), status, "snapshot " + snapshotId + " is " + s.status());
    }

    private Operation pollRestore(Operation op, OperationRef id) {
        String vmId = CoreRefs.resourceId(id);
        Optional<CoreVm> found = found(() -> client.getVm(vmId).value());
        if (found.isEmpty()) {
            return next(op, op.startedAt(), OperationStatus.FAILED,
                    "new VM " + vmId + " (restored from snapshot " + CoreRefs.snapshotId(id) + ")" + GONE);
        }
        CoreVm vm = found.get();
        return next(op, op.startedAt(), CoreStatuses.restoreOperation(vm.status()),
                "new VM '" + vm.name() + "' (id " + vmId + ") restored from snapshot " + CoreRefs.snapshotId(id) + " is "
                        + vm.status());
    }

    /** Volume create/delete/attach/detach: the volume as it is now; gone means deleted (or, for the others, failed). */
    private Operation pollVolume(Operation op, OperationRef id) {
        String volumeId = CoreRefs.resourceId(id);
        Optional<CoreVolume> found = CoreRefs.VOLUME_DELETE.equals(id.kind())
                ? orGoneFromList(() -> found(() -> client.getVolume(volumeId).value()),
                        () -> client.all(page -> client.listVolumes(page, CoreClient.PAGE_SIZE), v -> v.id() != null ? v.id() : v)
                                .stream().anyMatch(v -> volumeId.equals(String.valueOf(v.id()))))
                : found(() -> client.getVolume(volumeId).value());
        if (found.isEmpty()) {
            boolean deleted = CoreRefs.VOLUME_DELETE.equals(id.kind());
            return next(op, op.startedAt(), deleted ? OperationStatus.SUCCEEDED : OperationStatus.FAILED,
                    "volume " + volumeId + (deleted ? " deleted" : GONE));
        }
        CoreVolume v = found.get();
        String where = id.kind().equals(CoreRefs.VOLUME_ATTACH) || id.kind().equals(CoreRefs.VOLUME_DETACH)
                ? (v.attachedTo(CoreRefs.vmId(id)) ? ", attached to VM " : ", not attached to VM ") + CoreRefs.vmId(id) : "";
        return next(op, op.startedAt(), CoreStatuses.volumeOperation(id.kind(), v, CoreRefs.vmId(id)),
                "volume " + volumeId + " is " + v.status() + where);
    }

    /** The resource, or empty when the provider says it does not exist (exit 4 is a state here, not an error). */
    private static <T> Optional<T> found(Supplier<T> get) {
        try {
            return Optional.ofNullable(get.get());
        } catch (VpsnapException e) {
            if (e.exitCode() != ExitCode.NOT_FOUND) {
                throw e;
            }
            return Optional.empty();
        }
    }

    private Operation next(Operation op, Instant startedAt, OperationStatus status, String message) {
        Instant finished = status.terminal() ? clock.instant() : null;
        return new Operation(op.provider() != null ? op.provider() : client.provider(), op.id(), op.kind(), status,
                op.resourceId(), startedAt, finished, message);
    }
}
