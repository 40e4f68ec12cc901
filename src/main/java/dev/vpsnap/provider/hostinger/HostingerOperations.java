package dev.vpsnap.provider.hostinger;

import static dev.vpsnap.provider.hostinger.HostingerIds.actionOf;
import static dev.vpsnap.provider.hostinger.HostingerIds.vmOf;

import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationRef;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.provider.OperationApi;
import java.util.List;

/**
 * Polls Hostinger actions: {@code GET .../virtual-machines/{vmId}/actions/{actionId}}, ids from
 * {@link HostingerIds#OPERATIONS}. The action poll answers with the action only: it cannot see the snapshot a create
 * makes, so a create's snapshot is read once after it succeeded ({@code created()}); the exceptions are a resumed
 * create that had already succeeded and a legacy kind-less id, whose check of the VM's snapshot is handed back.
 */
final class HostingerOperations implements OperationApi {
    private final HostingerClient client;
    private final HostingerMapper mapper;

    HostingerOperations(HostingerClient client, HostingerMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public Operation refresh(Operation operation) {
        return poll(operation).operation();
    }

    @Override
    public List<Polled> pollAll(List<Operation> operations) {
        return operations.stream().map(this::poll).toList();
    }

    private Polled poll(Operation operation) {
        Polled p = poll(HostingerIds.OPERATIONS.of(operation), operation.kind(), operation.resourceId());
        Operation now = p.operation();
        return operation.startedAt() == null || now.startedAt() != null ? p
                : new Polled(new Operation(now.provider(), now.id(), now.kind(), now.status(), now.resourceId(),
                operation.startedAt(), now.finishedAt(), now.message(), now.ref()), p.snapshot());
    }

    /**
     * Resumes from the id alone. A create that already succeeded is checked at once against the VM's snapshot: one
     * made at or after the action is handed back (not fetched again); none, or an older one, means the snapshot is
     * gone, and the operation vanished (failed, exit 7). The resource id of a restore or delete is not known here.
     */
    @Override
    public Polled resume(String operationId) {
        OperationRef ref = HostingerIds.OPERATIONS.parse(operationId);
        Polled p = poll(ref, null, null);
        Operation op = p.operation();
        if (p.snapshot() != null || !ref.is(HostingerMapper.KIND_CREATE) || op.status() != OperationStatus.SUCCEEDED) {
            return p;
        }
        long vm = vmOf(ref);
        return client.getSnapshot(vm).filter(s -> !HostingerMapper.olderThan(s, op.startedAt()))
                .map(s -> new Polled(op.withResourceId(String.valueOf(s.id())), mapper.snapshot(s, vm, null)))
                .orElseGet(() -> new Polled(op.withStatus(OperationStatus.FAILED, op.finishedAt(), "Hostinger create "
                        + "action " + actionOf(ref) + " succeeded but its snapshot is gone from VM " + vm), null));
    }

    @Override
    public Operation get(String operationId) {
        return resume(operationId).operation();
    }

    /**
     * One look at the action. {@code known} is the kind as known (the ref's, or what an earlier poll judged). A legacy
     * kind-less id ({@code VM_ID:ACTION_ID}) whose action succeeded is judged by its effect, action names being free
     * text: a VM snapshot made at or after the action started means it was a create (and that snapshot is handed
     * back); anything else stays unknown (null) and the operation is printed as it is, exit 0, even when it was a
     * create whose snapshot has since been deleted (use the kinded ids vpsnap prints now).
     */
    private Polled poll(OperationRef ref, String known, String resourceId) {
        long vm = vmOf(ref);
        ActionResource a = client.getAction(vm, actionOf(ref));
        Operation op = mapper.operation(a, ref, known != null ? known : ref.kind(), resourceId);
        if (op.kind() != null || op.status() != OperationStatus.SUCCEEDED || op.startedAt() == null) {
            return new Polled(op, null);
        }
        return client.getSnapshot(vm)
                .filter(s -> HostingerMapper.time(s.createdAt()) != null && !HostingerMapper.olderThan(s, op.startedAt()))
                .map(s -> new Polled(op.withKind(HostingerMapper.KIND_CREATE), mapper.snapshot(s, vm, null)))
                .orElseGet(() -> new Polled(op, null));
    }
}
