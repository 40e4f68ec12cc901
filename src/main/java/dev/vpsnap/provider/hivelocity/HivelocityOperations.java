package dev.vpsnap.provider.hivelocity;

import dev.vpsnap.model.Operation;
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

    HivelocityOperations(HivelocityClient client, HivelocityMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    /** The operation a mutation just started, from the task in its 201 answer. */
    Operation started(OperationId id, NetworkTask task) {
        return mapper.operation(id, task, null);
    }

    @Override
    public Operation refresh(Operation operation) {
        OperationId id = OperationId.parse(operation.id());
        return mapper.operation(id, client.networkStatus(id.taskId()), operation);
    }

    @Override
    public Operation get(String operationId) {
        OperationId id = OperationId.parse(operationId);
        return mapper.operation(id, client.networkStatus(id.taskId()), null);
    }
}
