package dev.vpsnap.emulator;

import java.time.Duration;
import java.time.Instant;

/**
 * Quirk {@code core-rate-block}, Hyperstack's documented rule: at most {@code limit} requests a minute from one
 * source; once exceeded, every request gets 429 until the minute is over. Minutes are fixed windows starting at the
 * first request; time comes from the emulator's clock. Self-contained: the token bucket ({@link RateLimiter}) is
 * separate.
 */
final class MinuteBlock {
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final int limit;
    private Instant windowStart;
    private int count;

    MinuteBlock(int limit) {
        this.limit = limit;
    }

    /** True when the request at {@code now} is admitted; false while the minute's limit is exceeded. */
    synchronized boolean admit(Instant now) {
        if (windowStart == null || !now.isBefore(windowStart.plus(WINDOW))) {
            windowStart = now;
            count = 0;
        }
        return ++count <= limit;
    }
}
