package dev.vpsnap.ops;

import dev.vpsnap.clock.Sleeper;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The deadline of a wait, as seen by the requests made inside it: a poll's retries (backoff, {@code Retry-After},
 * the shared 429 pause) never sleep past the wait's deadline. The transport's sleeper is {@link #bounded}; the waiter
 * runs each poll {@link #within} its deadline; a pause that would end after it fails at once with {@link Passed},
 * so a wait ends no later than its deadline plus the one request in flight.
 */
public final class Deadline {
    private static final ThreadLocal<Instant> CURRENT = new ThreadLocal<>();

    private Deadline() {
    }

    /** A pause that would end after the deadline of the wait this thread polls for. */
    public static final class Passed extends VpsnapException {
        Passed(Instant deadline) {
            super(ExitCode.TIMEOUT, "the wait's deadline (" + deadline + ") passes before the next retry");
        }
    }

    /** Runs {@code poll} with {@code deadline} as the bound of every pause the transport makes on this thread. */
    public static <T> T within(Instant deadline, Supplier<T> poll) {
        Instant outer = CURRENT.get();
        CURRENT.set(outer != null && outer.isBefore(deadline) ? outer : deadline);
        try {
            return poll.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** {@code sleeper}, failing with {@link Passed} instead of sleeping past the current thread's deadline. */
    public static Sleeper bounded(Sleeper sleeper, Clock clock) {
        return d -> {
            Instant deadline = CURRENT.get();
            if (deadline != null && clock.instant().plus(d).isAfter(deadline)) {
                throw new Passed(deadline);
            }
            sleeper.sleep(d);
        };
    }
}
