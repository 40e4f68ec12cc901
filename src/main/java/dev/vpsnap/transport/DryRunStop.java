package dev.vpsnap.transport;

/**
 * Thrown instead of sending a mutating request in {@code --dry-run} mode, after the request was handed to the run's
 * dry-run sink (see {@link PlannedRequest}): it stops the adapter, which has no answer to read. The mutation
 * pipeline treats it as "planned, not sent" and prints the sink's requests as data (exit 0).
 */
public final class DryRunStop extends RuntimeException {
    public DryRunStop(PlannedRequest planned) {
        super(planned.curl(), null, false, false);
    }
}
