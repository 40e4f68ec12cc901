package dev.vpsnap.ops;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Failure;
import dev.vpsnap.model.Operation;
import java.util.Arrays;

/**
 * A wait that ended without success, carrying the operation's last known state (printed, so it can be resumed) and
 * its {@link Verdict}: failed at the provider (exit 7), the deadline (exit 6), or a poll that failed (its own code).
 */
public final class OperationFailure extends VpsnapException {
    private final Operation operation;

    public OperationFailure(Failure failure, Operation operation) {
        super(code(failure.exitCode()), failure.message(), failure.provider(), failure.httpStatus(), failure.hint(), null);
        this.operation = operation;
    }

    public Operation operation() {
        return operation;
    }

    private static ExitCode code(int code) {
        return Arrays.stream(ExitCode.values()).filter(c -> c.code() == code).findFirst().orElse(ExitCode.INTERNAL);
    }
}
