package dev.vpsnap.model;

/**
 * One target of a multi-target command: {@code {"target":"…","ok":true,"snapshot":{…},"operation":null,"error":null}}.
 * Every target ends one of three ways: ok (the finished snapshot, or the existing one with {@code --idempotent});
 * still running when the wait ended ({@code operation} set, {@code error} the deadline's exit 6 with the resume
 * command); or failed ({@code error}, a redacted {@link Failure}, and the operation where there was one).
 * With {@code --no-wait} {@code operation} is the one started.
 */
public record TargetResult(String target, boolean ok, Snapshot snapshot, Operation operation, Failure error) {

    public static TargetResult of(String target, Snapshot snapshot, Operation operation) {
        return new TargetResult(target, true, snapshot, operation, null);
    }

    public static TargetResult failed(String target, Operation operation, Failure error) {
        return new TargetResult(target, false, null, operation, error);
    }
}
