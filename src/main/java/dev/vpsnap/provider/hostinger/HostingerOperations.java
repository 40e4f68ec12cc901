package dev.vpsnap.provider.hostinger;

import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
        Operation now = mapper.operation(a, ref.vmId(), kind(operation.kind(), a, ref.vmId()), operation.resourceId());
        return operation.startedAt() == null || now.startedAt() != null ? now
                : new Operation(now.provider(), now.id(), now.kind(), now.status(), now.resourceId(), operation.startedAt(),
                now.finishedAt(), now.message());
    }

    /**
     * Resumes from the id alone. Action names are free text (the spec's example is {@code "action_name"}), so the kind
     * is not read from them: once the action has succeeded it is judged by its effect (see {@link #kind}); the resource
     * id is not known here (for a create, {@code created()} reads the VM's snapshot).
     */
    @Override
    public Operation get(String operationId) {
        ActionRef ref = ActionRef.parse(operationId);
        ActionResource a = client.getAction(ref.vmId(), ref.actionId());
        return mapper.operation(a, ref.vmId(), kind(null, a, ref.vmId()), null);
    }

    /**
     * The kind as known, else (a resumed wait, once the action succeeded) by its effect on the VM's one snapshot: a
     * snapshot made at or after the action started means the action was a create; anything else stays unknown (null)
     * and the operation is printed as it is.
     */
    private String kind(String known, ActionResource a, long vmId) {
        if (known != null || HostingerMapper.actionStatus(a.state()) != OperationStatus.SUCCEEDED) {
            return known;
        }
        Instant started = HostingerMapper.time(a.createdAt());
        Instant made = client.getSnapshot(vmId).map(s -> HostingerMapper.time(s.createdAt())).orElse(null);
        return started != null && made != null && !made.isBefore(started.truncatedTo(ChronoUnit.SECONDS))
                ? HostingerMapper.KIND_CREATE : null;
    }
}
