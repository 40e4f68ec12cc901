package dev.vpsnap.transport;

/**
 * Thrown instead of sending a mutating request in {@code --dry-run} mode, after its curl line was printed.
 * Commands treat it as success (exit 0): nothing was sent.
 */
public final class DryRunStop extends RuntimeException {
    public DryRunStop(String curlLine) {
        super(curlLine, null, false, false);
    }
}
