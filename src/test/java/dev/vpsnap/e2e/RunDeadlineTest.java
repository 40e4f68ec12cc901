package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.emulator.FaultPlan;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCliTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Every retry and every Retry-After is bounded by the run's deadline: the CLI against the emulator answering every
 * request 429, on the harness's fake clock (elapsed time is what the run would have waited).
 */
class RunDeadlineTest extends EmulatorCliTest {
    private record Timed(Result result, Duration elapsed) {
    }

    private Timed timed(String provider, String... args) {
        Instant t0 = cli.harness().clock().instant();
        Result r = cli.run(provider, args);
        return new Timed(r, Duration.between(t0, cli.harness().clock().instant()));
    }

    private static void assertOneLine(Result r) {
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
    }

    @Test
    void aRetryAfterOfADayFailsAtOnceNamingTheTime() {
        faults.failNextWithRetryAfter("*", "/vpsorg/", 429, 86400, 1000);

        Timed t = timed("vpsorg", "server", "list");

        assertEquals(8, t.result().exitCode(), t.result()::toString);
        assertEquals(Duration.ZERO, t.elapsed(), "nothing waited: it could not be honoured within the deadline");
        assertTrue(t.result().err().contains("retried after 24h (at 2026-01-16T12:00:00Z)"), t.result()::toString);
        assertTrue(t.result().err().contains("1m of retrying"), t.result()::toString);
    }

    /** {@code snapshot create --wait-timeout T} while requests matching {@code path} are answered 429 {@code times}. */
    private Timed createWhileLimited(String path, long retryAfter, int times, String waitTimeout) {
        String server = cli.servers("vpsorg").get(0);
        faults.failNextWithRetryAfter("*", path, 429, retryAfter, times);
        return timed("vpsorg", "snapshot", "create", "--server", server, "--name", "n", "--wait-timeout", waitTimeout);
    }

    @Test
    void aWaitingCommandIsBoundedByItsWaitTimeout() {
        Timed t = createWhileLimited("/vpsorg/", 86400, 1000, "20s");

        assertEquals(8, t.result().exitCode(), t.result()::toString);
        assertTrue(t.elapsed().compareTo(Duration.ofSeconds(20)) <= 0, "within --wait-timeout: " + t.elapsed());
        assertTrue(t.result().err().contains("beyond this run's deadline (--wait-timeout 20s)"), t.result()::toString);
        assertOneLine(t.result());
    }

    @Test
    void aRetryAfterWithinTheWaitTimeoutIsWaitedOut() {
        Timed t = createWhileLimited("/vpsorg/api/v1/snapshots/$", 120, 1, "10m");

        assertEquals(0, t.result().exitCode(), t.result()::toString);
        assertTrue(t.elapsed().compareTo(Duration.ofSeconds(120)) >= 0, "the provider's 2 minutes were honoured: " + t.elapsed());
    }

    @Test
    void persistent429sEndAfterAMinuteOfRetrying() {
        faults.failNextWithRetryAfter("*", "/vpsorg/", 429, 25, 1000);

        Timed t = timed("vpsorg", "server", "list");

        assertEquals(8, t.result().exitCode(), t.result()::toString);
        assertEquals(Duration.ofSeconds(50), t.elapsed(), "two pauses of 25 s fit the minute, a third does not");
        assertOneLine(t.result());
    }
}
