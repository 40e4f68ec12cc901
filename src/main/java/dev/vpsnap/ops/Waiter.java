package dev.vpsnap.ops;

import dev.vpsnap.clock.Sleeper;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Failure;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.provider.PollCadence;
import dev.vpsnap.transport.RetryDeadline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Waits for operations to reach a terminal state before a deadline. One operation: polls back off from about 1 s to
 * 15 s with jitter. Many of one source: rounds planned from the provider's {@link PollCadence} and the durations
 * observed ({@link PollPlan}). Every wait ends with each operation's last known state; {@link Verdict} alone turns that state into the
 * outcome (succeeded; failed at the provider, exit 7; still running at the deadline, exit 6; a poll that failed past
 * the transport's retries, its own code) with the {@link Resume} command for what still runs.
 */
public final class Waiter {
    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofSeconds(15);

    private final Clock clock;
    private final Sleeper sleeper;
    private final Random random;
    private final ActiveOperations active;
    private final Resume resume;
    private final UnaryOperator<String> scrub;
    private final PollCadence cadence;

    public Waiter(Clock clock, Sleeper sleeper, Random random, ActiveOperations active) {
        this(clock, sleeper, random, active, Resume.NONE, s -> s, PollCadence.DEFAULT);
    }

    private Waiter(Clock clock, Sleeper sleeper, Random random, ActiveOperations active, Resume resume,
                   UnaryOperator<String> scrub, PollCadence cadence) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
        this.active = active;
        this.resume = resume;
        this.scrub = scrub;
        this.cadence = cadence;
    }

    /** This waiter with the run's resume context (for hints) and redactor (for poll failures). */
    public Waiter with(Resume resumeContext, UnaryOperator<String> redactor) {
        return new Waiter(clock, sleeper, random, active, resumeContext, redactor, cadence);
    }

    /** This waiter polling at a provider's cadence ({@code ProviderDescriptor.cadence}). */
    public Waiter with(PollCadence providerCadence) {
        return new Waiter(clock, sleeper, random, active, resume, scrub, providerCadence);
    }

    /** Now, on the waiter's clock: when an operation's start was answered, for {@link #awaitAll(OperationApi, List, List, Duration, Consumer)}. */
    public Instant now() {
        return clock.instant();
    }

    public Resume resume() {
        return resume;
    }

    /**
     * How a wait of several operations ended: each one's last known state, the snapshot the last poll saw for it
     * (null where it saw none: see {@link OperationApi#pollAll}), and why polling stopped early (or null).
     */
    public record Ended(List<Operation> operations, List<Snapshot> observed, Failure pollFailure, Duration timeout) {
        /** The finished snapshot the polls already saw for operation {@code i}, or null. */
        public Snapshot observed(int i) {
            return observed.get(i);
        }

        /** The verdict on operation {@code i}: null when it succeeded. */
        public Failure verdict(int i, Resume resume) {
            return Verdict.of(operations.get(i), timeout, pollFailure, resume);
        }
    }

    /**
     * Waits for one operation. Success returns the final operation; otherwise an {@link OperationFailure} carrying the
     * last known operation (printed, so it can be resumed) and its verdict.
     */
    public Operation await(OperationApi api, Operation start, Duration timeout, WaitListener listener) {
        Instant began = clock.instant();
        Ended ended = poll(api, List.of(start), timeout, new Consumer<>() {
            private boolean started;
            private OperationStatus last;

            @Override
            public void accept(List<Operation> ops) {
                Operation op = ops.get(0);
                if (started) {
                    listener.polled(op, Duration.between(began, clock.instant()), op.status() != last);
                    last = op.status();
                }
                started = true;
            }
        }, null);
        Operation op = ended.operations().get(0);
        if (op.status().terminal()) {
            listener.finished(op, Duration.between(began, clock.instant()));
        }
        Failure f = ended.verdict(0, resume);
        if (f != null) {
            throw new OperationFailure(f, op);
        }
        return op;
    }

    /**
     * Waits for many operations of one source together: each round is ONE {@link OperationApi#pollAll} call (one
     * list request where the adapter batches), planned by {@link PollPlan} from this waiter's {@link PollCadence} and
     * the durations observed: about one round after the operations are expected done, however their starts were
     * spread. {@code startedAt} says when each start was answered (on this waiter's clock, {@link #now()}). Never
     * throws for one operation's failure, nor for a poll that fails past the transport's retries: that ends the wait,
     * and every operation keeps its last known state (with its id, to resume).
     */
    public Ended awaitAll(OperationApi api, List<Operation> start, List<Instant> startedAt, Duration timeout,
                          Consumer<List<Operation>> progress) {
        return poll(api, start, timeout, progress, new PollPlan(cadence, startedAt, random));
    }

    /** {@link #awaitAll(OperationApi, List, List, Duration, Consumer)} of operations whose starts were answered now. */
    public Ended awaitAll(OperationApi api, List<Operation> start, Duration timeout, Consumer<List<Operation>> progress) {
        return awaitAll(api, start, Collections.nCopies(start.size(), clock.instant()), timeout, progress);
    }

    /** {@code plan} null: one operation, backing off from {@link #FIRST} by 1.6 to {@link #MAX}. */
    private Ended poll(OperationApi api, List<Operation> start, Duration timeout, Consumer<List<Operation>> progress,
                       PollPlan plan) {
        Instant began = clock.instant();
        Instant deadline = began.plus(timeout);
        List<Operation> ops = new ArrayList<>(start);
        List<Snapshot> seenSnapshots = new ArrayList<>(Collections.nCopies(start.size(), (Snapshot) null));
        ops.forEach(active::add);
        Duration delay = FIRST;
        try {
            while (true) {
                List<Integer> pending = new ArrayList<>();
                for (int i = 0; i < ops.size(); i++) {
                    if (!ops.get(i).status().terminal()) {
                        pending.add(i);
                    }
                }
                progress.accept(List.copyOf(ops));
                Instant now = clock.instant();
                if (pending.isEmpty() || !now.isBefore(deadline)) {
                    return ended(ops, seenSnapshots, null, timeout);
                }
                Instant at;
                if (plan == null) {
                    at = now.plus(jitter(delay));
                    delay = next(delay);
                } else {
                    at = plan.next(now, pending);
                }
                pause(at.isAfter(deadline) ? Duration.between(now, deadline) : Duration.between(now, at));
                List<Integer> asking = plan == null ? pending : plan.ask(clock.instant(), pending);
                List<Operation> asked = asking.stream().map(ops::get).toList();
                List<OperationApi.Polled> answered;
                try {
                    answered = RetryDeadline.within(deadline, () -> api.pollAll(asked));
                } catch (RetryDeadline.Passed retriesOutlastTheWait) {
                    return ended(ops, seenSnapshots, null, timeout);
                } catch (VpsnapException e) {
                    if (e.exitCode() == ExitCode.INTERRUPTED) {
                        throw e;
                    }
                    return ended(ops, seenSnapshots, Failure.of(e, scrub), timeout);
                }
                List<Boolean> finished = new ArrayList<>();
                for (int k = 0; k < asking.size(); k++) {
                    Operation seen = answered.get(k).operation();
                    active.replace(seen);
                    ops.set(asking.get(k), seen);
                    seenSnapshots.set(asking.get(k), answered.get(k).snapshot());
                    finished.add(seen.status().terminal());
                }
                if (plan != null) {
                    plan.answered(clock.instant(), asking, finished);
                }
            }
        } finally {
            ops.forEach(active::remove);
        }
    }

    private static Ended ended(List<Operation> ops, List<Snapshot> seen, Failure pollFailure, Duration timeout) {
        return new Ended(List.copyOf(ops), Collections.unmodifiableList(new ArrayList<>(seen)), pollFailure,
                timeout);
    }

    static Duration next(Duration d) {
        Duration n = Duration.ofMillis((long) (d.toMillis() * 1.6));
        return n.compareTo(MAX) > 0 ? MAX : n;
    }

    private Duration jitter(Duration d) {
        double f = 0.8 + random.nextDouble() * 0.4;
        return Duration.ofMillis((long) (d.toMillis() * f));
    }

    private void pause(Duration d) {
        if (d.isNegative() || d.isZero()) {
            return;
        }
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VpsnapException(ExitCode.INTERRUPTED, "interrupted while waiting");
        }
    }
}
