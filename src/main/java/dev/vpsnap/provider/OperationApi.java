package dev.vpsnap.provider;

import dev.vpsnap.model.Operation;
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

    /** Resumes an operation from its id alone ({@code snapshot wait --operation ID}). */
    Operation get(String operationId);
}
