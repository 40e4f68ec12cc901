package dev.vpsnap.provider;

import dev.vpsnap.clock.Sleeper;
import dev.vpsnap.transport.Pacer;
import dev.vpsnap.transport.PacerRegistry;
import dev.vpsnap.transport.RetryPolicy;
import java.time.Clock;
import okhttp3.HttpUrl;

/**
 * A provider's default request pace and 429 handling, with the reason beside it (the documented limit, or why this
 * default was chosen). {@code --max-rate} overrides the rate (a fixed pace, keeping a documented block).
 *
 * @param policy      how its endpoint is paced ({@link Pacer.Policy}: fixed or adaptive, ceiling, burst, block)
 * @param triesOn429  how many answers of 429 one request may get before it fails
 */
public record RequestPace(Pacer.Policy policy, int triesOn429, String reason) {

    /** A fixed pace of {@code perMinute} ({@code burst} at once), the default tries on 429. */
    public RequestPace(double perMinute, int burst, String reason) {
        this(Pacer.Policy.fixed(perMinute / 60.0, burst), RetryPolicy.DEFAULT_RATE_LIMITED_ATTEMPTS, reason);
    }

    /** Where no limit is documented: unpaced until the first 429, then AIMD (see {@link Pacer}). */
    public static RequestPace adaptive(String reason) {
        return new RequestPace(Pacer.Policy.adaptiveFromUnpaced(), RetryPolicy.DEFAULT_RATE_LIMITED_ATTEMPTS, reason);
    }

    /**
     * The pacer for this provider at {@code endpoint}, shared by every profile and worker of the process that reaches
     * the same host ({@link PacerRegistry}); {@code maxRate} (requests/s, from {@code --max-rate}) when not null.
     */
    public Pacer pacer(String provider, HttpUrl endpoint, Double maxRate, Clock clock, Sleeper sleeper) {
        Pacer.Policy p = maxRate == null ? policy : policy.fixedAt(maxRate);
        return PacerRegistry.shared(provider, endpoint, p, clock, sleeper);
    }

    /** The retry policy with this provider's tries on 429. */
    public RetryPolicy retry() {
        return RetryPolicy.defaults().withRateLimitedAttempts(triesOn429);
    }
}
