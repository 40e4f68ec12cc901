package dev.vpsnap.model;

import java.time.Instant;

/**
 * An asynchronous provider operation. {@code id} is opaque but self-sufficient: {@code snapshot wait --operation ID}
 * must be able to resume polling from it alone (adapters encode what they need, e.g. {@code vm/action}).
 */
public record Operation(String provider, String id, String kind, OperationStatus status, String resourceId,
                        Instant startedAt, Instant finishedAt, String message) {

    public Operation withStatus(OperationStatus newStatus, Instant finished, String newMessage) {
        return new Operation(provider, id, kind, newStatus, resourceId, startedAt, finished, newMessage);
    }

    public Operation withResourceId(String newResourceId) {
        return new Operation(provider, id, kind, status, newResourceId, startedAt, finishedAt, message);
    }
}
