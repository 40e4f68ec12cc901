package dev.vpsnap.emulator;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Configuration of an {@link Emulator}.
 *
 * @param host               interface to bind, normally loopback
 * @param port               TCP port; 0 picks an ephemeral port
 * @param latency            artificial delay added to every response (slept on the server thread)
 * @param rateLimitPerSecond token-bucket rate per provider prefix; 0 disables rate limiting
 * @param failRate           probability (0..1) that a request fails with a random 500/502/503
 * @param stateFile          JSON file the state is loaded from and saved to; {@code null} keeps state in memory
 * @param seed               seed for demo data, ids and the fault RNG
 * @param asyncDelay         how long asynchronous operations take (snapshot, volume, ISO and attach tasks)
 * @param demoData           seed a few demo servers (and snapshots) per provider when no state exists yet
 * @param demoServers        how many demo servers per provider (3: web-01, db-01, worker-01; more are copies of web-01)
 * @param clock              time source; all asynchronous transitions are computed from it
 * @param quirks             documented provider behaviours to show besides the default ones (see {@link Quirk})
 */
public record EmulatorConfig(String host, int port, Duration latency, double rateLimitPerSecond,
                             double failRate, Path stateFile, long seed, Duration asyncDelay,
                             boolean demoData, int demoServers, Clock clock, Set<Quirk> quirks) {

    public EmulatorConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(asyncDelay, "asyncDelay");
        Objects.requireNonNull(clock, "clock");
        quirks = quirks == null || quirks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(quirks));
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (latency.isNegative()) throw new IllegalArgumentException("latency must not be negative");
        if (asyncDelay.isNegative()) throw new IllegalArgumentException("asyncDelay must not be negative");
        if (rateLimitPerSecond < 0) throw new IllegalArgumentException("rateLimitPerSecond must be >= 0");
        if (failRate < 0 || failRate > 1) throw new IllegalArgumentException("failRate must be within 0..1");
        if (demoServers < 0) throw new IllegalArgumentException("demoServers must be >= 0");
    }

    /** Demo servers per provider by default: web-01, db-01, worker-01. */
    public static final int DEMO_SERVERS = 3;

    /** 127.0.0.1, ephemeral port, no faults, in-memory state, seed 42, 3 s async delay, 3 demo servers, system UTC clock. */
    public static EmulatorConfig defaults() {
        return new EmulatorConfig("127.0.0.1", 0, Duration.ZERO, 0, 0, null, 42L,
                Duration.ofSeconds(3), true, DEMO_SERVERS, Clock.systemUTC(), Set.of());
    }

    public EmulatorConfig withHost(String v) { return new EmulatorConfig(v, port, latency, rateLimitPerSecond, failRate, stateFile, seed, asyncDelay, demoData, demoServers, clock, quirks); }
    public EmulatorConfig withPort(int v) { return new EmulatorConfig(host, v, latency, rateLimitPerSecond, failRate, stateFile, seed, asyncDelay, demoData, demoServers, clock, quirks); }
    public EmulatorConfig withLatency(Duration v) { return new EmulatorConfig(host, port, v, rateLimitPerSecond, failRate, stateFile, seed, asyncDelay, demoData, demoServers, clock, quirks); }
    public EmulatorConfig withRateLimitPerSecond(double v) { return new EmulatorConfig(host, port, latency, v, failRate, stateFile, seed, asyncDelay, demoData, demoServers, clock, quirks); }
    public EmulatorConfig withFailRate(double v) { return new EmulatorConfig(host, port, latency, rateLimitPerSecond, v, stateFile, seed, asyncDelay, demoData, demoServers, clock, quirks); }
    public EmulatorConfig withStateFile(Path v) { return new EmulatorConfig(host, port, latency, rateLimitPerSecond, failRate, v, seed, asyncDelay, demoData, demoServers, clock, quirks); }
    public EmulatorConfig withSeed(long v) { return new EmulatorConfig(host, port, latency, rateLimitPerSecond, failRate, stateFile, v, asyncDelay, demoData, demoServers, clock, quirks); }
    public EmulatorConfig withAsyncDelay(Duration v) { return new EmulatorConfig(host, port, latency, rateLimitPerSecond, failRate, stateFile, seed, v, demoData, demoServers, clock, quirks); }
    public EmulatorConfig withDemoData(boolean v) { return new EmulatorConfig(host, port, latency, rateLimitPerSecond, failRate, stateFile, seed, asyncDelay, v, demoServers, clock, quirks); }
    public EmulatorConfig withDemoServers(int v) { return new EmulatorConfig(host, port, latency, rateLimitPerSecond, failRate, stateFile, seed, asyncDelay, demoData, v, clock, quirks); }
    public EmulatorConfig withQuirks(Set<Quirk> v) { return new EmulatorConfig(host, port, latency, rateLimitPerSecond, failRate, stateFile, seed, asyncDelay, demoData, demoServers, clock, v); }

    /** These quirks besides the ones already on. */
    public EmulatorConfig withQuirk(Quirk... more) {
        Set<Quirk> all = EnumSet.noneOf(Quirk.class);
        all.addAll(quirks);
        all.addAll(List.of(more));
        return withQuirks(all);
    }

    public boolean has(Quirk q) { return quirks.contains(q); }

    public EmulatorConfig withClock(Clock v) { return new EmulatorConfig(host, port, latency, rateLimitPerSecond, failRate, stateFile, seed, asyncDelay, demoData, demoServers, v, quirks); }
}
