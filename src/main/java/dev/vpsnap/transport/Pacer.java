package dev.vpsnap.transport;

import dev.vpsnap.clock.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The request pace of one provider account, shared by every worker of a run: a token bucket ({@code perSecond}, at
 * most {@code burst} requests at once) and a common pause. When any worker is told 429, {@link #backOff} pauses them
 * all until the provider's {@code Retry-After} (capped by the retry policy) has passed; after a pause the bucket
 * starts empty, so the workers resume at the pace instead of in a burst. Time comes from the injected clock and
 * sleeper, so tests never sleep.
 */
public final class Pacer {
    private final double perSecond;
    private final double burst;
    private final Clock clock;
    private final Sleeper sleeper;
    private double tokens;
    private Instant refilled;
    private Instant pausedUntil;

    /** @param perSecond requests per second; 0 or less means unpaced (only 429 pauses apply) */
    public Pacer(double perSecond, int burst, Clock clock, Sleeper sleeper) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, burst);
        this.clock = clock;
        this.sleeper = sleeper;
        this.tokens = this.burst;
        this.refilled = clock.instant();
        this.pausedUntil = Instant.MIN;
    }

    /** No pace, but still a shared pause on 429 (tests, and {@code --max-rate 0}). */
    public static Pacer unpaced(Clock clock, Sleeper sleeper) {
        return new Pacer(0, 1, clock, sleeper);
    }

    public double perSecond() {
        return perSecond;
    }

    /** Blocks until this worker may send one request. */
    public void acquire() throws InterruptedException {
        while (true) {
            Duration wait = tryTake();
            if (wait.isZero()) {
                return;
            }
            sleeper.sleep(wait);
        }
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

    private synchronized Duration tryTake() {
        Instant now = clock.instant();
        if (now.isBefore(pausedUntil)) {
            return Duration.between(now, pausedUntil);
        }
        if (perSecond <= 0) {
            return Duration.ZERO;
        }
        if (now.isAfter(refilled)) {
            double elapsed = Duration.between(refilled, now).toNanos() / 1e9;
            tokens = Math.min(burst, tokens + elapsed * perSecond);
            refilled = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.max(1_000_000L, (long) Math.ceil((1 - tokens) / perSecond * 1e9)));
    }
}
