package dev.vpsnap.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacerTest {
    private final FakeClock clock = new FakeClock();

    @Test
    void aBurstPassesThenRequestsAreAdmittedAtThePace() throws InterruptedException {
        Pacer pacer = new Pacer(10, 5, clock, clock.sleeper());
        Instant start = clock.instant();
        for (int i = 0; i < 25; i++) {
            pacer.acquire();
        }
        // 5 from the burst, then 20 more at 10/s
        assertEquals(Duration.ofSeconds(2), Duration.between(start, clock.instant()).withNanos(0));
        assertEquals(20, clock.sleeps().size());
    }

    @Test
    void aBackOffPausesEveryWorkerAndTheBucketRestartsEmpty() throws InterruptedException {
        Pacer pacer = new Pacer(10, 5, clock, clock.sleeper());
        Instant start = clock.instant();
        pacer.backOff(Duration.ofSeconds(1)); // worker A saw 429 + Retry-After: 1
        pacer.acquire();                      // worker B: waits out the common pause
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofMillis(100)), clock.sleeps());
        assertTrue(!clock.instant().isBefore(start.plusSeconds(1)));
    }

    @Test
    void unpacedOnlyHonoursTheCommonPause() throws InterruptedException {
        Pacer pacer = Pacer.unpaced(clock, clock.sleeper());
        for (int i = 0; i < 100; i++) {
            pacer.acquire();
        }
        assertEquals(List.of(), clock.sleeps());
        pacer.backOff(Duration.ofSeconds(2));
        pacer.acquire();
        assertEquals(List.of(Duration.ofSeconds(2)), clock.sleeps());
    }
}
