package dev.vpsnap.provider;

import java.time.Duration;

/**
 * How a provider's asynchronous operations are polled, with the reason beside it (as {@link RequestPace} for the
 * request rate): data the waiter ({@code ops.Waiter}) plans its rounds from, adapting them to the durations it observes.
 *
 * @param firstPoll   the earliest an operation is worth asking about, counted from when its start was answered, and
 *                    until one has finished the shortest gap between rounds
 * @param growth      until a wait has seen one of its operations finish: the next round comes when the oldest pending
 *                    one has aged by this share more (0.125: at most an eighth of the duration late, or
 *                    {@code firstPoll}), so the number of such rounds grows with the logarithm of a long duration
 * @param maxInterval never longer than this between rounds (the most a round can come late)
 * @param batched     one round costs about one request whatever the number of operations asked (an account- or
 *                    facility-wide list); false where a round costs one request per operation asked, and then a round
 *                    asks only the operations due (before any has finished: only the oldest)
 * @param reason      why these values (the provider's documented durations and how its polls are priced)
 */
public record PollCadence(Duration firstPoll, double growth, Duration maxInterval, boolean batched, String reason) {
    public PollCadence {
        if (firstPoll.isNegative() || maxInterval.compareTo(firstPoll) < 0 || growth <= 0) {
            throw new IllegalArgumentException("poll cadence: firstPoll <= maxInterval, growth > 0");
        }
    }

    /** For a provider that says nothing of its durations or of batching: 1 s, a quarter more each round, 15 s. */
    public static final PollCadence DEFAULT = new PollCadence(Duration.ofSeconds(1), 0.25, Duration.ofSeconds(15), false,
            "no duration documented: a first look after 1 s, then a quarter of the time waited, at most 15 s apart");
}
