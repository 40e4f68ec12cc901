package dev.vpsnap.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand, so asynchronous transitions happen without sleeping. */
final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant start) {
        this.now = start;
    }

    MutableClock() {
        this(Instant.parse("2026-03-01T12:00:00Z"));
    }

    void advance(Duration d) {
        now = now.plus(d);
    }

    void advanceSeconds(double seconds) {
        advance(Duration.ofMillis((long) (seconds * 1000)));
    }

    @Override public Instant instant() { return now; }

    @Override public ZoneId getZone() { return ZoneOffset.UTC; }

    @Override public Clock withZone(ZoneId zone) { return this; }
}
