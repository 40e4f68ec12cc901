package dev.vpsnap.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An asynchronous provider operation. {@code id} is opaque but self-sufficient: {@code snapshot wait --operation ID}
 * must be able to resume polling from it alone. Adapters make it from an {@link OperationRef} ({@link #of}), which
 * the operation then carries, so a poll reads the parsed ref instead of parsing the id again; {@code ref} is not part
 * of the JSON output ({@code id} is its encoded form) and not part of equality (it is the id, parsed). Operations
 * built from an id alone (tests, other sources) carry none: adapters parse the id then.
 */
public record Operation(String provider, String id, String kind, OperationStatus status, String resourceId,
                        Instant startedAt, Instant finishedAt, String message, OperationRef ref) {

    public Operation(String provider, String id, String kind, OperationStatus status, String resourceId,
                     Instant startedAt, Instant finishedAt, String message) {
        this(provider, id, kind, status, resourceId, startedAt, finishedAt, message, null);
    }

    /** The operation {@code ref} names, its id being the ref's encoded form and its kind the ref's. */
    public static Operation of(OperationRef ref, OperationStatus status, String resourceId, Instant startedAt,
                               Instant finishedAt, String message) {
        return new Operation(ref.provider(), ref.encode(), ref.kind(), status, resourceId, startedAt, finishedAt,
                message, ref);
    }

    public Operation withStatus(OperationStatus newStatus, Instant finished, String newMessage) {
        return new Operation(provider, id, kind, newStatus, resourceId, startedAt, finished, newMessage, ref);
    }

    public Operation withResourceId(String newResourceId) {
        return new Operation(provider, id, kind, status, newResourceId, startedAt, finishedAt, message, ref);
    }

    public Operation withKind(String newKind) {
        return new Operation(provider, id, newKind, status, resourceId, startedAt, finishedAt, message, ref);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Operation x && Objects.equals(provider, x.provider) && Objects.equals(id, x.id)
                && Objects.equals(kind, x.kind) && status == x.status && Objects.equals(resourceId, x.resourceId)
                && Objects.equals(startedAt, x.startedAt) && Objects.equals(finishedAt, x.finishedAt)
                && Objects.equals(message, x.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provider, id, kind, status, resourceId, startedAt, finishedAt, message);
    }

    @Override
    public String toString() {
        return "Operation[provider=" + provider + ", id=" + id + ", kind=" + kind + ", status=" + status
                + ", resourceId=" + resourceId + ", startedAt=" + startedAt + ", finishedAt=" + finishedAt
                + ", message=" + message + "]";
    }
}
