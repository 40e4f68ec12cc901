package dev.vpsnap.transport;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The bound on a run's retrying, shared by every request of the run: no retry pause and no {@code Retry-After} may
 * carry the run past it. Waiting commands are bounded by their {@code --wait-timeout} from the start of the run;
 * others by a budget of retrying time (one minute by default), counted as wall time: pauses that overlap (workers
 * waiting out the same 429) count once.
 *
 * <p>A wait narrows it for each of its polls: {@link #within(Instant, Supplier)} bounds every pause the transport (or
 * the pace it waits for) takes on this thread by the wait's deadline, and a pause that would end after it fails at once
 * with {@link Passed}, so a wait ends no later than its deadline plus the one request in flight.
 */
public final class RetryDeadline {
    /** Retrying a command that does not wait may take this long in all. */
    public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(1);

    /** The deadline of the wait this thread polls for, if any ({@link #within(Instant, Supplier)}). */
    private static final ThreadLocal<Instant> WAIT = new ThreadLocal<>();

    private static final RetryDeadline UNBOUNDED = new RetryDeadline(null, null, null, "no deadline");

    private final Clock clock;
    private final Instant at;
    private final Duration budget;
    private final String label;
    private Duration spent = Duration.ZERO;
    private Instant coveredUntil = Instant.MIN;

    private RetryDeadline(Clock clock, Instant at, Duration budget, String label) {
        this.clock = clock;
        this.at = at;
        this.budget = budget;
        this.label = label;
    }

    /** Retrying ends {@code timeout} from now ({@code label} names it, e.g. {@code --wait-timeout 20s}). */
    public static RetryDeadline within(Clock clock, Duration timeout, String label) {
        return new RetryDeadline(clock, clock.instant().plus(timeout), null, label);
    }

    /** At most {@code budget} of retrying in all. */
    public static RetryDeadline budget(Clock clock, Duration budget) {
        return new RetryDeadline(clock, null, budget, text(budget) + " of retrying");
    }

    /** No bound beyond the retry policy's own (tests of other things). */
    public static RetryDeadline unbounded() {
        return UNBOUNDED;
    }

    /** A pause that would end after the deadline of the wait this thread polls for. */
    public static final class Passed extends VpsnapException {
        Passed(Instant deadline) {
            super(ExitCode.TIMEOUT, "the wait's deadline (" + deadline + ") passes before the next retry");
        }
    }

    /**
     * Runs {@code poll} with {@code deadline} (or an earlier one this thread already runs within) as the bound of every
     * pause the transport takes on this thread: one that would end after it throws {@link Passed} instead.
     */
    public static <T> T within(Instant deadline, Supplier<T> poll) {
        Instant outer = WAIT.get();
        WAIT.set(outer != null && outer.isBefore(deadline) ? outer : deadline);
        try {
            return poll.get();
        } finally {
            if (outer == null) {
                WAIT.remove();
            } else {
                WAIT.set(outer);
            }
        }
    }

    /** Before a pause of {@code d}: throws {@link Passed} when it would end after this thread's wait deadline. */
    static void checkWait(Clock clock, Duration d) {
        Instant deadline = WAIT.get();
        if (deadline != null && clock.instant().plus(d).isAfter(deadline)) {
            throw new Passed(deadline);
        }
    }

    /** What the bound is, for messages: {@code --wait-timeout 20s}, {@code 1m of retrying}. */
    public String label() {
        return label;
    }

    /** True when a pause of {@code d} from now fits; it is then counted. */
    public synchronized boolean admit(Duration d) {
        if (clock == null) {
            return true;
        }
        Instant now = clock.instant();
        Instant end = now.plus(d);
        if (at != null) {
            return !end.isAfter(at);
        }
        if (!end.isAfter(coveredUntil)) {
            return true;
        }
        Duration added = Duration.between(now.isAfter(coveredUntil) ? now : coveredUntil, end);
        if (spent.plus(added).compareTo(budget) > 0) {
            return false;
        }
        spent = spent.plus(added);
        coveredUntil = end;
        return true;
    }

    /** {@code 20s}, {@code 1m}, {@code 24h}: short duration text for messages. */
    static String text(Duration d) {
        long s = d.toSeconds();
        if (s >= 3600 && s % 3600 == 0) {
            return s / 3600 + "h";
        }
        if (s >= 60 && s % 60 == 0) {
            return s / 60 + "m";
        }
        return s > 0 || d.isZero() ? s + "s" : d.toMillis() + "ms";
    }
}
