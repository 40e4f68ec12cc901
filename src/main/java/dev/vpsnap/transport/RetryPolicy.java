package dev.vpsnap.transport;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with full jitter. Idempotent requests are retried on connection errors, 429, 502, 503, 504;
 * a POST only when it is known not to have been processed (connection refused, 429). A provider's Retry-After is
 * honoured, capped at {@code retryAfterCap}; the real bound on any pause is the run's {@link RetryDeadline}, so a
 * hostile value fails at once instead of stalling a cron job.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration retryAfterCap, Random random,
                          int rateLimitedAttempts) {

    /** {@code rateLimitedAttempts} = {@code maxAttempts}. */
    public RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration retryAfterCap, Random random) {
        this(maxAttempts, baseDelay, maxDelay, retryAfterCap, random, maxAttempts);
    }

    /** Answers of 429 one request may get by default before it fails (see {@link #defaults()}). */
    public static final int DEFAULT_RATE_LIMITED_ATTEMPTS = 12;

    /**
     * 4 attempts; but up to 12 answers of 429 for one request (a 429 was not processed, and the whole run pauses with
     * it, so a burst of creates at the limit loses nothing). {@code Retry-After} is honoured as asked: the run's
     * deadline, not a cap, decides whether it is waited for.
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(15), Duration.ofDays(1), new Random(),
                DEFAULT_RATE_LIMITED_ATTEMPTS);
    }

    /** This policy with another number of tries on 429 (Hostinger: 3, since repeated violations can block the IP). */
    public RetryPolicy withRateLimitedAttempts(int tries) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, retryAfterCap, random, tries);
    }

    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, new Random(0));
    }

    /** Delay before attempt {@code attempt + 1} (attempt counts from 1). */
    public Duration backoff(int attempt) {
        long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() * (1L << Math.min(20, attempt - 1)));
        long half = cap / 2;
        return Duration.ofMillis(half + (half > 0 ? (long) (random.nextDouble() * half) : 0));
    }

    public Duration honour(Duration retryAfter) {
        return retryAfter.compareTo(retryAfterCap) > 0 ? retryAfterCap : retryAfter;
    }

    public static boolean retriableStatus(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }
}
