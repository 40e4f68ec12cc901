package dev.vpsnap.transport;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;

/**
 * A failure to get an answer from the provider (network, 5xx, 429 after retries, unreadable body).
 * {@link #maybeProcessed()} is true when a non-idempotent request may have been applied (timeout or reset after
 * sending): callers reconcile (look the resource up) before trying again.
 */
public final class TransportException extends VpsnapException {
    private final boolean maybeProcessed;

    public TransportException(String message, String provider, Integer httpStatus, String hint, boolean maybeProcessed,
                              Throwable cause) {
        super(ExitCode.UNAVAILABLE, message, provider, httpStatus, hint, cause);
        this.maybeProcessed = maybeProcessed;
    }

    public boolean maybeProcessed() {
        return maybeProcessed;
    }
}
