package dev.vpsnap.provider.hivelocity;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;

/** Failures the adapter itself detects (no HTTP status), named with the provider like the transport's. */
final class HivelocityErrors {
    private HivelocityErrors() {
    }

    static VpsnapException of(ExitCode code, String message, String hint) {
        return new VpsnapException(code, message, HivelocityFactory.ID, null, hint, null);
    }
}
