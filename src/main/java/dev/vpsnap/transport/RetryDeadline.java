package dev.vpsnap.transport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The bound on a run's retrying, shared by every request of the run: no retry pause and no {@code Retry-After} may
 * carry the run past it. Waiting commands are bounded by their {@code --wait-timeout} from the start of the run;
 * others by a budget of retrying time (one minute by default), counted as wall time: pauses that overlap (workers
 * waiting out the same 429) count once.
 */
public final class RetryDeadline {
    /** Retrying a command that does not wait may take this long in all. */
    public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(1);

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
