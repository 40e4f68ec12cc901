package dev.vpsnap.ops;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;

/** A wait that ended badly: the operation failed at the provider (exit 7) or the deadline passed (exit 6). */
public final class OperationFailure extends VpsnapException {
    private final Operation operation;

    public OperationFailure(ExitCode code, String message, Operation operation, String hint) {
        super(code, message, operation.provider(), null, hint, null);
        this.operation = operation;
    }

    public Operation operation() {
        return operation;
    }
}
