package dev.vpsnap.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Token buckets, one per key (the emulator uses one per provider). Capacity equals the rate (at least one
 * token), so a burst of up to {@code rate} requests passes and then requests are admitted at {@code rate}/s.
 * Time comes from the emulator's clock, so tests can refill buckets by advancing a test clock.
 */
final class RateLimiter {
    private final Clock clock;
    private final Map<String, double[]> buckets = new HashMap<>(); // key -> {tokens, lastRefillNanos}
    private double ratePerSecond;

    RateLimiter(Clock clock, double ratePerSecond) {
        this.clock = clock;
        this.ratePerSecond = ratePerSecond;
    }

    synchronized void setRate(double ratePerSecond) {
        if (ratePerSecond < 0) throw new IllegalArgumentException("rate must be >= 0");
        this.ratePerSecond = ratePerSecond;
        buckets.clear();
    }

    synchronized double rate() {
        return ratePerSecond;
    }

    /**
     * Takes a token for {@code key}.
     *
     * @return {@link Duration#ZERO} when admitted, otherwise how long until a token is available (always &gt; 0)
     */
    synchronized Duration acquire(String key) {
        if (ratePerSecond <= 0) return Duration.ZERO;
        double capacity = Math.max(1.0, ratePerSecond);
        double nowNanos = nanos(clock.instant());
        double[] b = buckets.computeIfAbsent(key, k -> new double[] {capacity, nowNanos});
        double elapsedSeconds = Math.max(0, (nowNanos - b[1]) / 1e9);
        b[0] = Math.min(capacity, b[0] + elapsedSeconds * ratePerSecond);
        b[1] = nowNanos;
        if (b[0] >= 1.0) {
            b[0] -= 1.0;
            return Duration.ZERO;
        }
        double waitSeconds = (1.0 - b[0]) / ratePerSecond;
        return Duration.ofNanos(Math.max(1, (long) Math.ceil(waitSeconds * 1e9)));
    }

    /** Retry-After value: whole seconds, rounded up, at least 1. */
    static long retryAfterSeconds(Duration wait) {
        long s = (wait.toNanos() + 999_999_999L) / 1_000_000_000L;
        return Math.max(1, s);
    }

    private static double nanos(Instant i) {
        return i.getEpochSecond() * 1e9 + i.getNano();
    }
}
