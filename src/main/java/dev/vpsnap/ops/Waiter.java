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
import java.util.Random;

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
