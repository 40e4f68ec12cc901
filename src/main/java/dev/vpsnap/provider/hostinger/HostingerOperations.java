package dev.vpsnap.provider.hostinger;

import dev.vpsnap.model.Operation;
import dev.vpsnap.provider.OperationApi;

/** Polls Hostinger actions: {@code GET .../virtual-machines/{vmId}/actions/{actionId}}, ids from {@link ActionRef}. */
final class HostingerOperations implements OperationApi {
    private final HostingerClient client;
    private final HostingerMapper mapper;

    HostingerOperations(HostingerClient client, HostingerMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public Operation refresh(Operation operation) {
        ActionRef ref = ActionRef.parse(operation.id());
        ActionResource a = client.getAction(ref.vmId(), ref.actionId());
        Operation now = mapper.operation(a, ref.vmId(), operation.kind(), operation.resourceId());
        return operation.startedAt() == null || now.startedAt() != null ? now
                : new Operation(now.provider(), now.id(), now.kind(), now.status(), now.resourceId(), operation.startedAt(),
                now.finishedAt(), now.message());
    }

    /**
     * Resumes from the id alone. The kind is read from the action's free-text name (see {@link HostingerMapper#kindOf});
     * the resource id is not known here (for a create, {@code created()} reads the VM's snapshot).
     */
    @Override
    public Operation get(String operationId) {
        ActionRef ref = ActionRef.parse(operationId);
        ActionResource a = client.getAction(ref.vmId(), ref.actionId());
        return mapper.operation(a, ref.vmId(), HostingerMapper.kindOf(a.name()), null);
    }
}
