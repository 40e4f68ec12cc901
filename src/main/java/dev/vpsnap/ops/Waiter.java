package dev.vpsnap.ops;

import dev.vpsnap.clock.Sleeper;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.provider.OperationApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Waits for an operation to reach a terminal state before a deadline. Polls back off from about 1 s to 15 s with
 * jitter. Success returns the final operation; a provider failure is exit 7, the deadline exit 6 — both carry the
 * operation so it can be printed and resumed with {@code snapshot wait --operation ID}.
 */
public final class Waiter {
    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofSeconds(15);

    private final Clock clock;
    private final Sleeper sleeper;
    private final Random random;
    private final ActiveOperations active;

    public Waiter(Clock clock, Sleeper sleeper, Random random, ActiveOperations active) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
        this.active = active;
    }

    public Operation await(OperationApi api, Operation start, Duration timeout, WaitListener listener) {
        Instant began = clock.instant();
        Instant deadline = began.plus(timeout);
        Operation op = start;
        OperationStatus last = null;
        Duration delay = FIRST;
        active.add(op);
        try {
            while (true) {
                if (op.status().terminal()) {
                    return finish(op, began, listener);
                }
                Instant now = clock.instant();
                if (!now.isBefore(deadline)) {
                    throw new OperationFailure(ExitCode.TIMEOUT, "timed out after " + Durations.format(timeout)
                            + " waiting for " + op.kind() + " (operation " + op.id() + ", last status " + op.status() + ")",
                            op, "resume with: vpsnap snapshot wait --operation " + op.id());
                }
                Duration remaining = Duration.between(now, deadline);
                pause(jitter(delay).compareTo(remaining) > 0 ? remaining : jitter(delay));
                delay = next(delay);
                op = api.refresh(op);
                active.replace(op);
                boolean changed = op.status() != last;
                last = op.status();
                listener.polled(op, Duration.between(began, clock.instant()), changed);
            }
        } finally {
            active.remove(op);
        }
    }

    /**
     * Waits for many operations of one source together: each round is ONE {@link OperationApi#refreshAll} call (one
     * list request where the adapter batches). Rounds come about a quarter of the time waited so far apart, between
     * 1 s and 15 s (with jitter): prompt for short operations, cheap for long ones. Returns the last state of each,
     * in order: terminal ones (succeeded or failed), and at the deadline the ones still running. Never throws for one
     * operation's failure; a failing poll ends the wait for all by its exception.
     */
    public List<Operation> awaitAll(OperationApi api, List<Operation> start, Duration timeout, Consumer<List<Operation>> progress) {
        Instant began = clock.instant();
        Instant deadline = began.plus(timeout);
        List<Operation> ops = new ArrayList<>(start);
        ops.forEach(active::add);
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
                    return ops;
                }
                Duration waited = Duration.between(began, now);
                Duration delay = jitter(clamp(waited.dividedBy(4)));
                Duration remaining = Duration.between(now, deadline);
                pause(delay.compareTo(remaining) > 0 ? remaining : delay);
                List<Operation> asked = pending.stream().map(ops::get).toList();
                List<Operation> answered = api.refreshAll(asked);
                for (int k = 0; k < pending.size(); k++) {
                    Operation next = answered.get(k);
                    active.replace(next);
                    ops.set(pending.get(k), next);
                }
            }
        } finally {
            ops.forEach(active::remove);
        }
    }

    private static Duration clamp(Duration d) {
        return d.compareTo(FIRST) < 0 ? FIRST : d.compareTo(MAX) > 0 ? MAX : d;
    }

    private Operation finish(Operation op, Instant began, WaitListener listener) {
        listener.finished(op, Duration.between(began, clock.instant()));
        if (op.status() == OperationStatus.FAILED) {
            String why = op.message() == null || op.message().isBlank() ? "the provider reported failure" : op.message();
            throw new OperationFailure(ExitCode.OPERATION_FAILED, op.kind() + " failed (operation " + op.id() + "): " + why,
                    op, null);
        }
        return op;
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
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VpsnapException(ExitCode.INTERRUPTED, "interrupted while waiting");
        }
    }
}
