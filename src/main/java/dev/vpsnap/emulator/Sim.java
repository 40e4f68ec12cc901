package dev.vpsnap.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Shared simulation context for the provider APIs: current state, clock, async delay, seed. */
final class Sim {
    final Clock clock;
    final Duration asyncDelay;
    final long seed;
    final java.util.Set<Quirk> quirks;
    /** Replaced wholesale when the state file is reloaded; always read through this field. */
    volatile EmulatorState state;

    Sim(Clock clock, Duration asyncDelay, long seed, EmulatorState state, java.util.Set<Quirk> quirks) {
        this.clock = clock;
        this.quirks = quirks;
        this.asyncDelay = asyncDelay;
        this.seed = seed;
        this.state = state;
    }

    /** True when this documented behaviour was asked for ({@code --quirk}). */
    boolean has(Quirk q) {
        return quirks.contains(q);
    }

    Instant now() {
        return clock.instant();
    }

    /** When an operation started at {@code start} completes. */
    Instant doneAt(Instant start) {
        return start.plus(asyncDelay);
    }

    /** Fraction 0..1 of the async delay elapsed since {@code start}. */
    double progress(Instant start, Instant now) {
        if (asyncDelay.isZero()) return 1.0;
        double p = (double) Duration.between(start, now).toNanos() / asyncDelay.toNanos();
        return Math.max(0, Math.min(1, p));
    }

    /** A deterministic UUID for the n-th entity of a kind, derived from the seed. */
    String uuid(String kind, long n) {
        return UUID.nameUUIDFromBytes((seed + "/" + kind + "/" + n).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
