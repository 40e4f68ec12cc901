package dev.vpsnap.ops.schedule;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.ops.FileLock;
import dev.vpsnap.ops.SnapshotCreator;
import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.provider.Provider;
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
 * Runs one local schedule: under its run lock ({@link #lockFile}, a {@link FileLock} never waited for), takes a
 * snapshot {@code <prefix>-<UTC yyyyMMdd-HHmmss>} through the same create path as {@code snapshot create} ({@link SnapshotCreator}: after an ambiguous failure it looks for
 * the snapshot by name before sending again), waits until it is available, then deletes what the prune planner
 * picks ({@link Retention}; waiting for each), and records the outcome in the store. A lock held elsewhere is a
 * no-op success, so overlapping cron runs never snapshot twice.
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

    private final Provider provider;
    private final SnapshotCreator creator;
    private final Await await;
    private final ScheduleStore store;
    private final Path lockDir;
    private final Clock clock;
    private final Consumer<String> notes;

    public ScheduleRunner(Provider provider, SnapshotCreator creator, Await await, ScheduleStore store, Path lockDir,
                          Clock clock, Consumer<String> notes) {
        this.provider = provider;
        this.creator = creator;
        this.await = await;
        this.store = store;
        this.lockDir = lockDir;
        this.clock = clock;
        this.notes = notes;
    }

    /** The run lock of schedule {@code id}: {@code <lockDir>/<id>.lock}. */
    public static Path lockFile(Path lockDir, String id) {
        return lockDir.resolve(id + ".lock");
    }

        /** Runs {@code id}; with {@code onlyIfDue} it re-checks, under the lock, that a slot has passed since the last run. */
    public Outcome run(String id, boolean onlyIfDue) {
        Optional<FileLock> lock = FileLock.tryAcquire(lockFile(lockDir, id));
        if (lock.isEmpty()) {
            notes.accept("schedule " + id + " is already running in another process; skipped");
            return new Outcome(new RunResult(id, true, null, List.of(), 0, null, true, null), ExitCode.OK);
        }
        try (FileLock held = lock.get()) {
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
            SnapshotApi snapshots = provider.snapshots();
            String name = s.namePrefix() + "-" + STAMP.format(started);
            SnapshotCreator.Outcome sent = creator.create(provider, new SnapshotCreate(s.serverId(), null, name, null,
                    List.of(), snapshots.createOverwrites()), false);
            made = sent.result(snapshots, await.await(sent.waitOn(), sent.operation()), s.serverId());
            for (Snapshot old : Retention.toDelete(snapshots.list(s.serverId()), s.namePrefix(), s.maxSnapshots())) {
                if (old.id().equals(made.id())) {
                    continue;
                }
                await.await(provider.operations(), snapshots.delete(old.id(), s.serverId()));
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
