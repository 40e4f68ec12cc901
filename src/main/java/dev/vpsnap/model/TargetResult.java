package dev.vpsnap.model;

/**
 * One target of a multi-target create: {@code {"target":"…","ok":true,"snapshot":{…},"operation":null,"error":null}}.
 * {@code snapshot} is the finished snapshot (or the existing one with {@code --idempotent}); {@code operation} is
 * set with {@code --no-wait}, or when the wait ended without success (failed or timed out: resume it with
 * {@code snapshot wait --operation ID}).
 */
public record TargetResult(String target, boolean ok, Snapshot snapshot, Operation operation, TargetError error) {

    public static TargetResult of(String target, Snapshot snapshot, Operation operation) {
        return new TargetResult(target, true, snapshot, operation, null);
    }

    public static TargetResult failed(String target, Operation operation, TargetError error) {
        return new TargetResult(target, false, null, operation, error);
    }
}
