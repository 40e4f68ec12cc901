package dev.vpsnap.emulator;

import java.io.IOException;

/** The state file cannot be read as emulator state (not JSON of that shape, or not a regular file): start afresh. */
public final class CorruptStateException extends IOException {
    public CorruptStateException(String message) {
        super(message);
    }
}
