package dev.vpsnap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.provider.PollCadence;
import dev.vpsnap.provider.hostinger.HostingerFactory;
import dev.vpsnap.provider.vpsorg.VpsOrgFactory;
import dev.vpsnap.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fan-out's wait at a provider's cadence, on a fake clock (nothing sleeps): operations that finish a fixed time
 * after their start, started in waves as 16 workers send 100 creates; the rounds, what each asks, and when the wait
 * ends.
 */
class WaiterCadenceTest {
    final FakeClock clock = new FakeClock();
    final Instant t0 = clock.instant();
    final Waiter waiter = new Waiter(clock, clock.sleeper(), new Random(7), new ActiveOperations());

    /** A provider whose operations finish {@code duration} after their start; records each round's size and time. */
    class Fleet implements OperationApi {
        final Duration duration;
        final List<Instant> started = new ArrayList<>();
        final List<Instant> rounds = new ArrayList<>();
        final List<Integer> asked = new ArrayList<>();

        Fleet(Duration duration, int n, int perWave, Duration waveEvery) {
            this.duration = duration;
            for (int i = 0; i < n; i++) {
                started.add(t0.plus(waveEvery.multipliedBy(i / perWave + 1)));
            }
        }

        List<Operation> operations() {
            List<Operation> ops = new ArrayList<>();
            for (int i = 0; i < started.size(); i++) {
                ops.add(new Operation("p", String.valueOf(i), "snapshot.create", OperationStatus.PENDING, "r" + i, null,
                        null, null));
            }
            return ops;
        }

        Instant newest() {
            return started.get(started.size() - 1);
        }

        @Override
        public Operation refresh(Operation o) {
            throw new AssertionError("polled through pollAll");
        }

        @Override
        public List<Polled> pollAll(List<Operation> ops) {
            rounds.add(clock.instant());
            asked.add(ops.size());
            return ops.stream().map(o -> new Polled(o.withStatus(
                    clock.instant().isBefore(started.get(Integer.parseInt(o.id())).plus(duration))
                            ? OperationStatus.RUNNING : OperationStatus.SUCCEEDED, null, null), null)).toList();
        }

        @Override
        public Operation get(String id) {
            throw new UnsupportedOperationException();
        }

        Waiter.Ended await(PollCadence cadence) {
            clock.advance(Duration.between(clock.instant(), newest())); // the wait begins once the last create is answered
            return waiter.with(cadence).awaitAll(this, operations(), started, Duration.ofMinutes(30), x -> { });
        }
    }

    static final PollCadence BATCHED = VpsOrgFactory.DESCRIPTOR.cadence();

    @Test
    void wavesOfCreatesFinishInOneRoundAfterTheFirstOnesAreSeenDone() {
        // 100 creates, 16 at a time, a wave every 0.4 s (a list and a POST at 200 ms): starts spread over 2.8 s
        Fleet fleet = new Fleet(Duration.ofSeconds(3), 100, 16, Duration.ofMillis(400));
        Waiter.Ended ended = fleet.await(BATCHED);
        assertTrue(ended.operations().stream().allMatch(o -> o.status() == OperationStatus.SUCCEEDED));
        Instant lastDone = fleet.newest().plusSeconds(3);
        assertTrue(fleet.rounds.size() <= 3, "a round that learns, then one for all: " + fleet.rounds);
        Duration late = Duration.between(lastDone, clock.instant());
        assertTrue(!late.isNegative() && late.compareTo(Duration.ofMillis(500)) <= 0,
                "the last round comes within a wave of the last one finishing: " + late);
    }

    @Test
    void atThirtySecondsTheRoundsGrowAndTheEndIsAtMostAnEighthLate() {
        Fleet fleet = new Fleet(Duration.ofSeconds(30), 100, 16, Duration.ofMillis(400));
        fleet.await(BATCHED);
        Instant lastDone = fleet.newest().plusSeconds(30);
        Duration late = Duration.between(lastDone, clock.instant());
        assertTrue(!late.isNegative() && late.compareTo(Duration.ofMillis(30_000 / 8)) <= 0, "late by " + late);
        assertTrue(fleet.rounds.size() <= 20, "rounds grow by an eighth once past 8 s: " + fleet.rounds.size());
        for (int r = 1; r < fleet.rounds.size(); r++) {
            assertTrue(Duration.between(fleet.rounds.get(r - 1), fleet.rounds.get(r)).compareTo(Duration.ofSeconds(1)) >= 0
                    || r == fleet.rounds.size() - 1, "never closer than firstPoll before the estimate: " + fleet.rounds);
        }
    }

    @Test
    void aRoundNeverWaitsLongerThanTheMaxInterval() {
        Fleet fleet = new Fleet(Duration.ofMinutes(10), 3, 16, Duration.ofMillis(400));
        fleet.await(BATCHED);
        for (int r = 1; r < fleet.rounds.size(); r++) {
            assertTrue(Duration.between(fleet.rounds.get(r - 1), fleet.rounds.get(r)).compareTo(Duration.ofSeconds(15)) <= 0);
        }
        Duration late = Duration.between(fleet.newest().plus(fleet.duration), clock.instant());
        assertTrue(late.compareTo(Duration.ofSeconds(15)) <= 0, "late by " + late);
    }

    @Test
    void whereARoundCostsOneRequestPerOperationOnlyTheOldestIsAskedUntilOneFinishes() {
        Fleet fleet = new Fleet(Duration.ofSeconds(10), 100, 16, Duration.ofMillis(400));
        fleet.await(HostingerFactory.DESCRIPTOR.cadence());
        int requests = fleet.asked.stream().mapToInt(Integer::intValue).sum();
        int ones = (int) fleet.asked.stream().takeWhile(n -> n == 1).count();
        assertTrue(ones >= 3, "probes of the oldest first: " + fleet.asked);
        assertTrue(requests <= 100 + 12, "each operation asked about once after the probes: " + fleet.asked);
        Duration late = Duration.between(fleet.newest().plus(fleet.duration), clock.instant());
        assertTrue(late.compareTo(Duration.ofSeconds(3)) <= 0, "late by " + late);
    }

    @Test
    void operationsSlowerThanTheFirstAreAskedAgainAsTheyAge() {
        // two finish after 3 s; the third takes 20 s: rounds for it grow by an eighth of its age (at least 1 s)
        Fleet fleet = new Fleet(Duration.ofSeconds(3), 3, 1, Duration.ofMillis(10)) {
            @Override
            public List<Polled> pollAll(List<Operation> ops) {
                List<Polled> out = new ArrayList<>(super.pollAll(ops));
                for (int k = 0; k < ops.size(); k++) {
                    if (ops.get(k).id().equals("2") && clock.instant().isBefore(started.get(2).plusSeconds(20))) {
                        out.set(k, new Polled(ops.get(k).withStatus(OperationStatus.RUNNING, null, null), null));
                    }
                }
                return out;
            }
        };
        Waiter.Ended ended = fleet.await(BATCHED);
        assertEquals(OperationStatus.SUCCEEDED, ended.operations().get(2).status());
        Duration late = Duration.between(fleet.started.get(2).plusSeconds(20), clock.instant());
        assertTrue(late.compareTo(Duration.ofMillis(2_600)) <= 0, "late by " + late + ": " + fleet.rounds);
        assertTrue(fleet.rounds.size() <= 16, "rounds: " + fleet.rounds.size());
    }

    @Test
    void theDeadlineStillEndsTheWait() {
        Fleet fleet = new Fleet(Duration.ofHours(1), 10, 16, Duration.ofMillis(400));
        Instant began = fleet.newest();
        clock.advance(Duration.between(clock.instant(), began));
        Waiter.Ended ended = waiter.with(BATCHED).awaitAll(fleet, fleet.operations(), fleet.started,
                Duration.ofSeconds(95), x -> { });
        assertTrue(ended.operations().stream().allMatch(o -> o.status() == OperationStatus.RUNNING));
        assertEquals(began.plusSeconds(95), clock.instant(), "ends at the deadline, not after a round past it");
    }
}
