package dev.vpsnap.ops.schedule;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.provider.SnapshotApi;
import dev.vpsnap.provider.SnapshotCreate;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs one local schedule: under its {@link RunLock}, takes a snapshot {@code <prefix>-<UTC yyyyMMdd-HHmmss>}, waits
 * until it is available, then deletes what {@link Retention} picks (waiting for each), and records the outcome in the
 * store. A lock held elsewhere is a no-op success, so overlapping cron runs never snapshot twice.
 */
public final class ScheduleRunner {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** Waits for an operation until it is terminal (the CLI's waiter, with its progress and deadline). */
    @FunctionalInterface
    public interface Await {
        Operation await(OperationApi api, Operation op);
    }

    /** A run's printed result and the exit code it stands for. */
    public record Outcome(RunResult result, ExitCode exitCode) {
    }

    private final SnapshotApi snapshots;
    private final OperationApi operations;
    private final Await await;
    private final ScheduleStore store;
    private final Path lockDir;
    private final Clock clock;
    private final Consumer<String> notes;

    public ScheduleRunner(SnapshotApi snapshots, OperationApi operations, Await await, ScheduleStore store, Path lockDir,
                          Clock clock, Consumer<String> notes) {
        this.snapshots = snapshots;
        this.operations = operations;
        this.await = await;
        this.store = store;
        this.lockDir = lockDir;
        this.clock = clock;
        this.notes = notes;
    }

    /** Runs {@code id}; with {@code onlyIfDue} it re-checks, under the lock, that a slot has passed since the last run. */
    public Outcome run(String id, boolean onlyIfDue) {
        Optional<RunLock> lock = RunLock.tryAcquire(lockDir, id);
        if (lock.isEmpty()) {
            notes.accept("schedule " + id + " is already running in another process; skipped");
            return new Outcome(new RunResult(id, true, null, List.of(), 0, null, true, null), ExitCode.OK);
        }
        try (RunLock held = lock.get()) {
            LocalSchedule s = store.find(id).orElseThrow(() -> new VpsnapException(ExitCode.NOT_FOUND,
                    "no local schedule " + id + " (it was deleted)"));
            Instant started = clock.instant();
            Slots.Due due = Slots.due(s.timing(), s.lastRunAt(), s.createdAt(), started);
            if (onlyIfDue && !due.due()) {
                notes.accept("schedule " + id + " is not due (another run just finished); skipped");
                return new Outcome(new RunResult(id, true, null, List.of(), 0, s.lastRunAt(), true, null), ExitCode.OK);
            }
            if (due.missed() > 0) {
                notes.accept("schedule " + id + " missed " + due.missed() + " run" + (due.missed() == 1 ? "" : "s")
                        + " since " + (s.lastRunAt() != null ? "its last run at " + s.lastRunAt() : "it was created at " + s.createdAt()));
            }
            return execute(s, started, due.missed());
        }
    }

    private Outcome execute(LocalSchedule s, Instant started, int missed) {
        Snapshot made = null;
        List<String> deleted = new ArrayList<>();
        try {
            String name = s.namePrefix() + "-" + STAMP.format(started);
            Operation op = snapshots.create(new SnapshotCreate(s.serverId(), null, name, null, List.of(),
                    snapshots.createOverwrites()));
            made = snapshots.created(await.await(operations, op));
            for (Snapshot old : Retention.toDelete(snapshots.list(s.serverId()), s.namePrefix(), s.maxSnapshots())) {
                if (old.id().equals(made.id())) {
                    continue;
                }
                await.await(operations, snapshots.delete(old.id(), s.serverId()));
                deleted.add(old.id());
            }
            store.recordRun(s.id(), started, "ok: snapshot " + made.id()
                    + (deleted.isEmpty() ? "" : ", deleted " + String.join(" ", deleted)));
            return new Outcome(new RunResult(s.id(), true, made, List.copyOf(deleted), missed, s.lastRunAt(), false, null),
                    ExitCode.OK);
        } catch (VpsnapException e) {
            String message = (made == null ? "" : "snapshot " + made.id() + " was taken, but pruning failed: ") + e.getMessage();
            store.recordRun(s.id(), started, "failed: " + message);
            return new Outcome(new RunResult(s.id(), false, made, List.copyOf(deleted), missed, s.lastRunAt(), false,
                    new RunResult.RunError(e.exitCode().code(), message)), e.exitCode());
        }
    }
}
