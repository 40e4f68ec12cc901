package dev.vpsnap.ops;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.model.Failure;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import java.time.Duration;

/**
 * The one place where an operation's last known state becomes a verdict: succeeded is no failure; failed at the
 * provider is exit 7; still running when the wait ended is exit 6 (the deadline) or the failure of the poll that could
 * not see it any more (e.g. exit 8), each with the command that resumes the wait.
 */
public final class Verdict {
    private Verdict() {
    }

    /**
     * @param timeout     the wait's deadline, for the message
     * @param pollFailure why the last poll could not see the operation, or null when it was the deadline
     * @return null when {@code op} succeeded
     */
    public static Failure of(Operation op, Duration timeout, Failure pollFailure, Resume resume) {
        if (op.status() == OperationStatus.SUCCEEDED) {
            return null;
        }
        if (op.status() == OperationStatus.FAILED) {
            String why = op.message() == null || op.message().isBlank() ? "the provider reported failure" : op.message();
            return Failure.of(ExitCode.OPERATION_FAILED, op.kind() + " failed (operation " + op.id() + "): " + why,
                    op.provider(), null);
        }
        String still = "operation " + op.id() + " is still " + op.status();
        if (pollFailure != null) {
            return new Failure(pollFailure.exitCode(), "polling " + op.kind() + " failed: " + pollFailure.message(),
                    pollFailure.provider(), pollFailure.httpStatus(), still + "; " + resume.hint(op.id()));
        }
        return Failure.of(ExitCode.TIMEOUT, "timed out after " + Durations.format(timeout) + " waiting for " + op.kind()
                + " (operation " + op.id() + ", last status " + op.status() + ")", op.provider(), resume.hint(op.id()));
    }
}
