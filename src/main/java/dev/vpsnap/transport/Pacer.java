package dev.vpsnap.transport;

import dev.vpsnap.clock.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The request pace of one provider endpoint, shared by every worker (and, through {@link PacerRegistry}, every profile)
 * of the process that reaches it: a token bucket, a common pause, and for an {@link Policy#adaptive adaptive} policy
 * an AIMD rate controller, as in AWS's adaptive retry mode and TCP:
 * <ul>
 * <li>an unpaced start ({@code startPerSecond} 0) sends as fast as the workers ask (bounded by {@code --parallel});</li>
 * <li>on a 429 the rate drops to {@value #DECREASE} × what was being accepted: the first time, the rate the provider
 *     accepted over the last {@link #MEASURE} (the only evidence of an undocumented limit); later, the paced rate. One
 *     decrease per congestion event: a 429 to a request sent before the last decrease (in flight at the time) only
 *     extends the pause;</li>
 * <li>every worker waits out the provider's {@code Retry-After} (or, where a provider documents a block without one,
 *     {@link Policy#blockWithoutRetryAfter}), and the bucket restarts empty, so they resume at the pace, not in a burst;
 *     </li>
 * <li>then the rate climbs while the pace is what holds the workers back (a worker waited for it within the last
 *     second: a rate the workers do not use is no evidence), never above {@link Policy#maxPerSecond} (a documented
 *     limit), in two phases as CUBIC (which AWS's adaptive mode uses): fast back towards the rate that drew the last
 *     429 ({@value #RECOVER_PER_SECOND} × the gap per second: the limit is just below it, and a slow climb through
 *     rates known to be accepted only wastes the limit), then slowly past it ({@value #PROBE_PER_SECOND} × the rate
 *     per second, at least {@value #INCREASE_PER_SECOND} requests/s per second) to find out whether the limit rose.
 *     </li>
 * </ul>
 * A fixed policy (a provider default without adaptation, or {@code --max-rate}) keeps its rate and only pauses. Time
 * comes from the injected clock and sleeper, so tests never sleep.
 */
public final class Pacer {
    /** AIMD's multiplicative decrease on a 429: half, as TCP Reno. */
    static final double DECREASE = 0.5;
    /**
     * The smallest climb: requests/s gained per second of accepted traffic (where the rate is low, a share of it would
     * take minutes to matter).
     */
    static final double INCREASE_PER_SECOND = 0.25;
    /**
     * Recovery below the rate that drew the last 429: the share of the gap closed per second. Behind a limit L the pace
     * is back from L/2 to 0.9 × L within about a second, instead of L/(2 × 0.25) s of a constant step (which used about
     * 60 % of an unannounced 10/s limit in the fleet benchmark).
     */
    static final double RECOVER_PER_SECOND = 2.0;
    /**
     * The probe past the rate that drew the last 429: a share of the rate per second, so a limit of 10/s is crossed by
     * 0.5 requests/s after a second, and the provider's burst allowance (if any) drains slowly: few 429s (and pauses)
     * per minute.
     */
    static final double PROBE_PER_SECOND = 0.05;
    /** Never slower than one request every 5 s: a provider that 429s everything is failed by the deadline, not by us. */
    static final double FLOOR_PER_SECOND = 0.2;
    /** How far back "what was accepted" is measured on the first 429. */
    static final Duration MEASURE = Duration.ofSeconds(2);

    /**
     * How an endpoint is paced.
     *
     * @param startPerSecond         the rate before any 429; 0 = unpaced
     * @param maxPerSecond           the highest rate ever used (a documented limit, with margin); 0 = none
     * @param burst                  the bucket's size: how many requests may go at once
     * @param adaptive               AIMD on 429 (else the rate stays as given and 429s only pause)
     * @param blockWithoutRetryAfter the pause after a 429 that carries no {@code Retry-After}, where the provider documents
     *                               one (core: the rest of the minute, 60 s); null = the retry policy's backoff
     */
    public record Policy(double startPerSecond, double maxPerSecond, int burst, boolean adaptive,
                         Duration blockWithoutRetryAfter) {
        /** A steady pace (0 = unpaced) that 429s only pause. */
        public static Policy fixed(double perSecond, int burst) {
            return new Policy(perSecond, perSecond, burst, false, null);
        }

        /** Unpaced until the first 429, then AIMD without a ceiling. */
        public static Policy adaptiveFromUnpaced() {
            return new Policy(0, 0, 1, true, null);
        }

        /** This policy at a fixed rate ({@code --max-rate}), keeping the provider's documented block. */
        public Policy fixedAt(double perSecond) {
            return new Policy(perSecond, perSecond, (int) Math.max(1, Math.min(10, perSecond)), false, blockWithoutRetryAfter);
        }
    }

    private final Policy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final double burst;
    /** When requests were accepted, kept only while there is no rate yet: what the first 429 measures. */
    private final Deque<Instant> accepted = new ArrayDeque<>();
    private double rate;
    private double tokens;
    private Instant refilled;
    private Instant pausedUntil = Instant.MIN;
    private Instant lastDecrease = Instant.MIN;
    /** The rate in effect when the last decrease came (0 before any): the recovery heads back to it. */
    private double lastLoss;
    private Instant lastIncrease;
    private Instant resumed;
    private Instant lastWaited = Instant.MIN;

    public Pacer(Policy policy, Clock clock, Sleeper sleeper) {
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
        this.burst = Math.max(1, policy.burst());
        this.rate = policy.startPerSecond();
        this.tokens = this.burst;
        Instant started = clock.instant();
        this.refilled = started;
        this.lastIncrease = started;
        this.resumed = started;
    }

    /** A fixed pace: {@code perSecond} (0 or less: unpaced, only 429 pauses apply), at most {@code burst} at once. */
    public Pacer(double perSecond, int burst, Clock clock, Sleeper sleeper) {
        this(Policy.fixed(Math.max(0, perSecond), burst), clock, sleeper);
    }

    /** No pace, but still a shared pause on 429 (tests, and {@code --max-rate 0}). */
    public static Pacer unpaced(Clock clock, Sleeper sleeper) {
        return new Pacer(0, 1, clock, sleeper);
    }

    public Policy policy() {
        return policy;
    }

    Clock clock() {
        return clock;
    }

    /** The current rate in requests per second; 0 = unpaced. */
    public synchronized double perSecond() {
        return rate;
    }

    /** The pause after a 429 without {@code Retry-After}, where the provider documents one. */
    public Optional<Duration> blockWithoutRetryAfter() {
        return Optional.ofNullable(policy.blockWithoutRetryAfter());
    }

    /**
     * Blocks until this worker may send one request; returns when it was admitted. A wait that would pass the deadline
     * of the wait this thread polls for fails with {@link RetryDeadline.Passed} instead ({@link RetryDeadline#within}).
     */
    public Instant acquire() throws InterruptedException {
        while (true) {
            Duration wait = tryTake();
            if (wait.isZero()) {
                return clock.instant();
            }
            RetryDeadline.checkWait(clock, wait);
            sleeper.sleep(wait);
        }
    }

    /** The provider answered a request without 429: evidence for the accepted rate, and room to probe upwards. */
    public synchronized void accepted() {
        Instant now = clock.instant();
        if (policy.adaptive() && rate <= 0) { // only the first 429 of an unpaced start reads them (measured)
            accepted.addLast(now);
            trim(now);
        }
        boolean paceBound = !now.isAfter(lastWaited.plusSeconds(1));
        if (policy.adaptive() && rate > 0 && paceBound && now.isAfter(lastIncrease)) {
            double seconds = Math.min(1.0, Duration.between(lastIncrease, now).toNanos() / 1e9);
            rate = capped(climbed(seconds));
            lastIncrease = now;
        }
    }

    /** The rate after {@code seconds} of pace-bound accepted traffic: recovery below the last loss, probe above. */
    private double climbed(double seconds) {
        if (rate < lastLoss) {
            double step = Math.max(INCREASE_PER_SECOND, (lastLoss - rate) * RECOVER_PER_SECOND);
            return Math.min(lastLoss, rate + step * seconds);
        }
        return rate + Math.max(INCREASE_PER_SECOND, rate * PROBE_PER_SECOND) * seconds;
    }

    /**
     * A request sent at {@code sentAt} was answered 429: every worker waits {@code pause} from now; an adaptive pacer
     * also lowers its rate (once per congestion event).
     */
    public synchronized void rateLimited(Instant sentAt, Duration pause) {
        Instant now = clock.instant();
        double base = !policy.adaptive() ? 0 : rate > 0 ? rate : measured(now);
        if (policy.adaptive() && sentAt.isAfter(lastDecrease) && base > 0) { // nothing accepted yet: no evidence, pause only
            lastLoss = base;
            rate = capped(Math.max(FLOOR_PER_SECOND, base * DECREASE));
            lastDecrease = now;
        }
        backOff(pause);
        lastIncrease = pausedUntil.isAfter(lastIncrease) ? pausedUntil : lastIncrease;
        resumed = lastIncrease;
    }

    /** Every worker waits at least {@code d} from now before its next request. */
    public synchronized void backOff(Duration d) {
        Instant until = clock.instant().plus(d);
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
        tokens = 0;
        refilled = pausedUntil;
    }

    /** When the shared pause (if any) ends. */
    public synchronized Instant pausedUntil() {
        return pausedUntil;
    }

    /**
     * Requests per second accepted over the last {@link #MEASURE} since the last pause ended (over at least one second,
     * so a burst is not infinite).
     */
    private double measured(Instant now) {
        trim(now);
        Instant from = now.minus(MEASURE);
        Instant since = resumed.isAfter(from) ? resumed : from;
        double seconds = Math.max(1.0, Duration.between(since, now).toNanos() / 1e9);
        return accepted.stream().filter(t -> !t.isBefore(since)).count() / seconds;
    }

    private void trim(Instant now) {
        Instant from = now.minus(MEASURE);
        while (!accepted.isEmpty() && accepted.peekFirst().isBefore(from)) {
            accepted.removeFirst();
        }
    }

    private double capped(double r) {
        return policy.maxPerSecond() > 0 ? Math.min(policy.maxPerSecond(), r) : r;
    }

    private synchronized Duration tryTake() {
        Instant now = clock.instant();
        if (now.isBefore(pausedUntil)) {
            return Duration.between(now, pausedUntil);
        }
        if (rate <= 0) {
            return Duration.ZERO;
        }
        if (now.isAfter(refilled)) {
            double elapsed = Duration.between(refilled, now).toNanos() / 1e9;
            tokens = Math.min(burst, tokens + elapsed * rate);
            refilled = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        lastWaited = now;
        return Duration.ofNanos(Math.max(1_000_000L, (long) Math.ceil((1 - tokens) / rate * 1e9)));
    }
}
