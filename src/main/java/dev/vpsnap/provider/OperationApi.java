package dev.vpsnap.provider;

import dev.vpsnap.model.Operation;
import dev.vpsnap.model.Snapshot;
import java.util.List;

/** Polls asynchronous operations the provider's way (task, action, snapshot status, or listing). */
public interface OperationApi {

    /** The current state of {@code operation}; keeps its kind and resource id. */
    Operation refresh(Operation operation);

    /**
     * The current state of many operations at once, in the same order: what a fan-out's wait polls each round.
     * Adapters whose API can answer for many in one call (a list) override this; the default asks one by one.
     */
    default List<Operation> refreshAll(List<Operation> operations) {
        return operations.stream().map(this::refresh).toList();
    }

    /**
     * What one poll of an operation saw: its state and, where the poll's answer already held it, the snapshot a
     * succeeded create made (null otherwise), so that nobody fetches it again through {@link SnapshotApi#created}.
     */
    record Polled(Operation operation, Snapshot snapshot) {
    }

    /**
     * {@link #refreshAll}, keeping what the answer showed: adapters that poll creates through a snapshot list override
     * this (and implement {@code refreshAll} through it); the default has seen no snapshot.
     */
    default List<Polled> pollAll(List<Operation> operations) {
        return refreshAll(operations).stream().map(o -> new Polled(o, null)).toList();
    }

    /** Resumes an operation from its id alone ({@code snapshot wait --operation ID}). */
    Operation get(String operationId);

    /**
     * {@link #get}, keeping what the answer showed: the snapshot a create that already succeeded made, where reading
     * the operation's state already read it (null otherwise). The default has seen no snapshot.
     */
    default Polled resume(String operationId) {
        return new Polled(get(operationId), null);
    }
}
