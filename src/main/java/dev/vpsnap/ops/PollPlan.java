package dev.vpsnap.ops;

import dev.vpsnap.provider.PollCadence;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * When the next round of a wait over several operations comes, and which operations it asks: planned from the
 * provider's {@link PollCadence} and what the rounds so far saw.
 * <ul>
 * <li>Before any operation of the wait has been seen finished, rounds come when the oldest pending one has aged by
 *     {@link PollCadence#growth} more, and at least {@link PollCadence#firstPoll} more (the first that long after it
 *     started): at most that share of its duration (or {@code firstPoll}) late, in a number of rounds that grows with
 *     the logarithm of a long duration, so a short one costs no more rounds than a poll every {@code firstPoll}.</li>
 * <li>Once one has been seen finished, its age at that round (from when its start was answered) bounds the duration
 *     from above; operations started at about the same time take about as long. The next round comes when the
 *     <em>newest</em> pending operation is expected to be done: a fleet started in waves of creates finishes in one
 *     round, not one round per wave.</li>
 * <li>Operations older than that estimate (slower than the fastest) are polled again when their age has grown by
 *     {@code growth}: each round at most that share of their duration late.</li>
 * <li>Never more than {@link PollCadence#maxInterval} between rounds.</li>
 * </ul>
 * Where a round costs one request per operation ({@link PollCadence#batched} false) it asks only the operations due:
 * those expected done by then, or (before any finished, or where none is due) only the oldest, so waiting for the
 * first to finish costs one request a round, not one per operation.
 */
final class PollPlan {
    /** Never closer than this between rounds (a round itself takes a request's latency). */
    static final Duration MIN_GAP = Duration.ofMillis(100);

    private final PollCadence cadence;
    private final List<Instant> started;
    private final Random random;
    /** The shortest duration seen: the age at the round that first saw an operation finished. Null until then. */
    private Duration estimate;
    /** The oldest pending operation's age at the last round, or null before the first. */
    private Duration lastAge;

    PollPlan(PollCadence cadence, List<Instant> started, Random random) {
        this.cadence = cadence;
        this.started = List.copyOf(started);
        this.random = random;
    }

    /** The estimated duration (null: none finished yet). */
    Duration estimate() {
        return estimate;
    }

    /** When the round after {@code now} should be, for the {@code pending} operations (indexes). */
    Instant next(Instant now, List<Integer> pending) {
        Instant oldest = oldest(pending);
        Instant byGrowth = oldest.plus(lastAge == null ? cadence.firstPoll() : max(
                jitter(scaled(lastAge, 1 + cadence.growth())), lastAge.plus(cadence.firstPoll())));
        Instant at = byGrowth;
        if (estimate != null) {
            Instant newestDue = null;
            boolean overdue = false;
            for (int i : pending) {
                Instant due = started.get(i).plus(estimate);
                if (due.isAfter(now)) {
                    newestDue = newestDue == null || due.isAfter(newestDue) ? due : newestDue;
                } else {
                    overdue = true;
                }
            }
            if (newestDue != null) {
                at = overdue && byGrowth.isBefore(newestDue) ? byGrowth : newestDue;
            }
        }
        Instant earliest = lastAge == null ? now : now.plus(MIN_GAP);
        Instant latest = now.plus(cadence.maxInterval());
        return at.isBefore(earliest) ? earliest : at.isAfter(latest) ? latest : at;
    }

    /** Which of the {@code pending} operations the round at {@code at} asks. */
    List<Integer> ask(Instant at, List<Integer> pending) {
        if (cadence.batched()) {
            return pending;
        }
        List<Integer> due = new ArrayList<>();
        if (estimate != null) {
            for (int i : pending) {
                if (!started.get(i).plus(estimate).isAfter(at)) {
                    due.add(i);
                }
            }
        }
        if (due.isEmpty()) {
            Instant oldest = oldest(pending);
            for (int i : pending) {
                if (started.get(i).equals(oldest)) {
                    return List.of(i);
                }
            }
        }
        return due;
    }

    /** A round answered at {@code at}: which asked operations it saw finished, and the oldest pending age asked. */
    void answered(Instant at, List<Integer> asked, List<Boolean> finished) {
        Duration oldestAge = null;
        for (int k = 0; k < asked.size(); k++) {
            Duration age = Duration.between(started.get(asked.get(k)), at);
            oldestAge = oldestAge == null || age.compareTo(oldestAge) > 0 ? age : oldestAge;
            if (finished.get(k) && (estimate == null || age.compareTo(estimate) < 0)) {
                estimate = age.isNegative() ? Duration.ZERO : age;
            }
        }
        if (oldestAge != null) {
            lastAge = oldestAge;
        }
    }

    private Instant oldest(List<Integer> pending) {
        Instant oldest = null;
        for (int i : pending) {
            Instant s = started.get(i);
            oldest = oldest == null || s.isBefore(oldest) ? s : oldest;
        }
        return oldest;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration scaled(Duration d, double f) {
        return Duration.ofNanos((long) (d.toNanos() * f));
    }

    /** ±5 %: runs started together do not poll in lockstep. */
    private Duration jitter(Duration d) {
        return scaled(d, 0.95 + random.nextDouble() * 0.1);
    }
}
