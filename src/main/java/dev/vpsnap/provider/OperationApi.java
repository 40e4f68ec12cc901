package dev.vpsnap.provider;

import dev.vpsnap.model.Operation;

/** Polls asynchronous operations the provider's way (task, action, snapshot status, or listing). */
public interface OperationApi {

    /** The current state of {@code operation}; keeps its kind and resource id. */
    Operation refresh(Operation operation);

    /** Resumes an operation from its id alone ({@code snapshot wait --operation ID}). */
    Operation get(String operationId);
}
