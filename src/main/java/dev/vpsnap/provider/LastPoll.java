package dev.vpsnap.provider;

import dev.vpsnap.model.Operation;
import dev.vpsnap.model.Snapshot;
import java.util.List;

/**
 * An {@link OperationApi} that remembers what the last poll of ONE operation saw ({@link OperationApi.Polled}), so a
 * single-target wait can use the snapshot the poll already held instead of fetching it again through
 * {@link SnapshotApi#created}. Polls go to the wrapped API unchanged.
 */
public final class LastPoll implements OperationApi {
    private final OperationApi api;
    private Snapshot snapshot;

    /** @param seen the snapshot already seen before the first poll (a {@link #resume}'s), or null */
    public LastPoll(OperationApi api, Snapshot seen) {
        this.api = api;
        this.snapshot = seen;
    }

    /** The snapshot the last poll saw for a succeeded create, or null where it saw none. */
    public Snapshot snapshot() {
        return snapshot;
    }

    @Override
    public Operation refresh(Operation operation) {
        return pollAll(List.of(operation)).get(0).operation();
    }

    @Override
    public List<Operation> refreshAll(List<Operation> operations) {
        return pollAll(operations).stream().map(Polled::operation).toList();
    }

    @Override
    public List<Polled> pollAll(List<Operation> operations) {
        List<Polled> answered = api.pollAll(operations);
        if (answered.size() == 1) {
            snapshot = answered.get(0).snapshot();
        }
        return answered;
    }

    @Override
    public Operation get(String operationId) {
        return api.get(operationId);
    }

    @Override
    public Polled resume(String operationId) {
        return api.resume(operationId);
    }
}
