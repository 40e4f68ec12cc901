package dev.vpsnap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The waiter on a fake clock: backoff, deadline, provider failure, progress callbacks. No real sleeping. */
class WaiterTest {
    final FakeClock clock = new FakeClock();
    final ActiveOperations active = new ActiveOperations();
    final Waiter waiter = new Waiter(clock, clock.sleeper(), new Random(3), active);

    static Operation op(OperationStatus s) {
        return new Operation("p", "op-1", "snapshot.create", s, "9", null, null, null);
    }

    /** Reports RUNNING for {@code runningPolls} polls, then {@code last}. */
    static OperationApi scripted(int runningPolls, OperationStatus last, List<Operation> seen) {
        return new OperationApi() {
            int polls;

            @Override
            public Operation refresh(Operation o) {
                polls++;
                Operation next = o.withStatus(polls > runningPolls ? last : OperationStatus.RUNNING, null, "poll " + polls);
                seen.add(next);
                return next;
            }

            @Override
            public Operation get(String id) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void pollsWithGrowingBackoffCappedAt15sUntilSucceeded() {
        List<Operation> seen = new ArrayList<>();
        Operation done = waiter.await(scripted(12, OperationStatus.SUCCEEDED, seen), op(OperationStatus.PENDING),
                Duration.ofMinutes(30), WaitListener.NONE);
        assertEquals(OperationStatus.SUCCEEDED, done.status());
        assertEquals(13, seen.size());
        List<Duration> sleeps = clock.sleeps();
        assertTrue(sleeps.get(0).toMillis() >= 800 && sleeps.get(0).toMillis() <= 1200, "about 1 s first: " + sleeps);
        assertTrue(sleeps.get(3).compareTo(sleeps.get(0)) > 0, "grows: " + sleeps);
        assertTrue(sleeps.stream().allMatch(d -> d.toMillis() <= 18_000), "capped near 15 s (+jitter): " + sleeps);
        assertTrue(active.snapshot().isEmpty(), "no longer active");
    }

    @Test
    void deadlineIsExit6CarryingTheOperation() {
        OperationFailure f = assertThrows(OperationFailure.class, () -> waiter.await(
                scripted(Integer.MAX_VALUE, OperationStatus.SUCCEEDED, new ArrayList<>()), op(OperationStatus.PENDING),
                Duration.ofMinutes(2), WaitListener.NONE));
        assertEquals(ExitCode.TIMEOUT, f.exitCode());
        assertEquals("op-1", f.operation().id());
        assertTrue(f.hint().contains("snapshot wait --operation op-1"));
        Duration total = clock.sleeps().stream().reduce(Duration.ZERO, Duration::plus);
        assertEquals(Duration.ofMinutes(2), total, "never sleeps past the deadline");
    }

    @Test
    void providerFailureIsExit7() {
        OperationFailure f = assertThrows(OperationFailure.class, () -> waiter.await(
                scripted(1, OperationStatus.FAILED, new ArrayList<>()), op(OperationStatus.PENDING), Duration.ofMinutes(5),
                WaitListener.NONE));
        assertEquals(ExitCode.OPERATION_FAILED, f.exitCode());
        assertTrue(f.getMessage().contains("poll 2"), f.getMessage());
    }

    @Test
    void listenerSeesStateChangesOnly() {
        List<Boolean> changes = new ArrayList<>();
        waiter.await(scripted(3, OperationStatus.SUCCEEDED, new ArrayList<>()), op(OperationStatus.PENDING),
                Duration.ofMinutes(5), new WaitListener() {
                    @Override
                    public void polled(Operation o, Duration elapsed, boolean changed) {
                        changes.add(changed);
                    }
                });
        assertEquals(List.of(true, false, false, true), changes);
    }

    @Test
    void terminalOperationNeedsNoPoll() {
        waiter.await(scripted(0, OperationStatus.SUCCEEDED, new ArrayList<>()), op(OperationStatus.SUCCEEDED),
                Duration.ofMinutes(1), WaitListener.NONE);
        assertTrue(clock.sleeps().isEmpty());
    }

    @Test
    void durationsParseTheContractForms() {
        assertEquals(Duration.ofSeconds(90), Durations.parse("90s"));
        assertEquals(Duration.ofMinutes(15), Durations.parse("15m"));
        assertEquals(Duration.ofHours(2), Durations.parse("2h"));
        assertEquals(Duration.ofDays(7), Durations.parse("7d"));
        assertEquals(Duration.ofMinutes(15), Durations.parse("PT15M"));
        assertEquals(ExitCode.USAGE, assertThrows(dev.vpsnap.error.VpsnapException.class, () -> Durations.parse("soon")).exitCode());
        assertEquals("30m", Durations.format(Duration.ofMinutes(30)));
    }
}
