package dev.vpsnap.transport;

import dev.vpsnap.clock.Sleeper;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;

/**
 * The pacers of this process, one per provider endpoint: every profile (and every worker) that reaches the same provider
 * at the same host and port shares one pacer, so {@code --all-profiles} or several profiles of one account never
 * multiply the pace (core's limit is per source IP). Keyed also by the policy and the clock, so runs that differ in
 * {@code --max-rate}, or tests with their own fake clocks, never share state.
 */
public final class PacerRegistry {
    private record Key(String provider, String host, int port, Pacer.Policy policy, Clock clock) {
    }

    private static final Map<Key, Pacer> PROCESS = new ConcurrentHashMap<>();

    private PacerRegistry() {
    }

    /** The process's pacer for {@code provider} at {@code endpoint}'s host and port, made on first use. */
    public static Pacer shared(String provider, HttpUrl endpoint, Pacer.Policy policy, Clock clock, Sleeper sleeper) {
        Key key = new Key(provider, endpoint.host().toLowerCase(Locale.ROOT), endpoint.port(), policy, clock);
        return PROCESS.computeIfAbsent(key, k -> new Pacer(policy, clock, sleeper));
    }
}
