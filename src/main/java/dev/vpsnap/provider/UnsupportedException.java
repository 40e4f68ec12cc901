package dev.vpsnap.provider;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;

/** A command the provider's API does not offer (exit 9). */
public final class UnsupportedException extends VpsnapException {
    private UnsupportedException(String provider, String message) {
        super(ExitCode.UNSUPPORTED, message, provider, null, "run 'vpsnap providers' for what each provider supports", null);
    }

    public static UnsupportedException of(String provider, Capability c) {
        return of(provider, c, null);
    }

    /** With the provider's own note on what it lacks, e.g. "no resize API". */
    public static UnsupportedException of(String provider, Capability c, String note) {
        return new UnsupportedException(provider, provider + " has no '" + c.command() + "' in its API"
                + (note == null || note.isBlank() ? "" : " (" + note + ")"));
    }

    public static UnsupportedException because(String provider, String reason) {
        return new UnsupportedException(provider, reason);
    }
}
