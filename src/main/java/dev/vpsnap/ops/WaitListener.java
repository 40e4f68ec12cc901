package dev.vpsnap.ops;

import dev.vpsnap.model.Operation;
import java.time.Duration;

/** Progress callbacks of a wait; the CLI turns them into a spinner on a TTY or plain lines with {@code -v}. */
public interface WaitListener {
    WaitListener NONE = new WaitListener() {
    };

    /** Called after every poll. {@code changed} is true when the status differs from the previous poll. */
    default void polled(Operation op, Duration elapsed, boolean changed) {
    }

    default void finished(Operation op, Duration elapsed) {
    }
}
