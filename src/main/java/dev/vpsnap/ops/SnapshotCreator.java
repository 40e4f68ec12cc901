package dev.vpsnap.ops;

import dev.vpsnap.clock.Sleeper;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.SnapshotApi;
import dev.vpsnap.provider.SnapshotCreate;
import dev.vpsnap.transport.TransportException;
import java.time.Clock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Sends a snapshot create so that a retry never makes a second snapshot.
 * <ul>
 * <li>{@code --idempotent}: a snapshot of this name already on the server is the result; nothing is sent.</li>
 * <li>After an <b>ambiguous</b> failure of the create (the transport says it may have been processed: a timeout or a
 *     connection dropped after sending, an unreadable body; or a 5xx answer) the server's snapshots are listed by name,
 *     a few times over {@link #LOOKS} (a provider may list it a moment later). Found: that snapshot is adopted and
 *     watched until available. Certainly absent (every look answered, none has the name): the create is sent again,
 *     at most {@link #MAX_SENDS} times in all. A look that fails leaves it uncertain: the original error is reported
 *     with the hint to check before retrying, and nothing is sent again.</li>
 * </ul>
 * A provider without snapshot names (Hostinger) cannot be matched, and its create overwrites the VM's one snapshot:
 * after an ambiguous failure it is never sent again (the error says the create may have been applied).
 * <p>Concurrent {@code --idempotent} runs on one host (two CI jobs of one commit) take turns under a {@link FileLock}
 * per provider, server and name, held from the lookup until the new snapshot is listed: the second run finds and adopts
 * the first one's snapshot instead of making another.
 */
public final class SnapshotCreator {
    /** Pauses before each look for the snapshot after an ambiguous failure: about 7 s in all. */
    static final List<Duration> LOOKS = List.of(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(4));
    static final int MAX_SENDS = 3;

    /** What a create came to: a provider operation to wait on, or a snapshot that already existed or was adopted. */
    public record Outcome(Operation operation, OperationApi waitOn, Snapshot existing, boolean adopted) {
        /** The finished snapshot once {@code done} (the waited-on operation) has succeeded, fetched. */
        public Snapshot result(SnapshotApi snapshots, Operation done, String serverId) {
            return result(snapshots, done, null, serverId);
        }

        /**
         * The finished snapshot once {@code done} (the waited-on operation) has succeeded: {@code observed} when the
         * last poll already saw it (no request), else fetched.
         */
        public Snapshot result(SnapshotApi snapshots, Operation done, Snapshot observed, String serverId) {
            if (existing != null && !adopted) {
                return existing;
            }
            if (observed != null) {
                return observed;
            }
            return adopted ? snapshots.get(existing.id(), serverId) : snapshots.created(done);
        }
    }

    private final Clock clock;
    private final Sleeper sleeper;
    private final Consumer<String> notes;
    private final Path lockDir;

    /** @param notes status lines for stderr (reconciliation is said out loud, never silent) */
    public SnapshotCreator(Clock clock, Sleeper sleeper, Consumer<String> notes) {
        this(clock, sleeper, notes, null);
    }

    /** @param lockDir where idempotent creates take turns with other vpsnap processes (null: only within this one) */
    public SnapshotCreator(Clock clock, Sleeper sleeper, Consumer<String> notes, Path lockDir) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.notes = notes;
        this.lockDir = lockDir;
    }

    public Outcome create(Provider provider, SnapshotCreate request, boolean idempotent) {
        if (!idempotent || lockDir == null) {
            return idempotent ? adoptOrSend(provider, request) : send(provider, request, null);
        }
        try (FileLock turn = FileLock.acquire(lockDir.resolve(FileLock.name("host", "idempotent-create\n"
                + provider.id() + "\n" + request.serverId() + "\n" + request.name())))) {
            Outcome o = adoptOrSend(provider, request);
            if (o.existing() == null) {
                awaitListed(provider.snapshots(), request); // the next holder's lookup must see it
            }
            return o;
        }
    }

    /**
     * A create without {@code --idempotent} whose server's snapshots the caller already listed ({@code listed}, for the
     * provider's limit check; null: the adapter lists them itself).
     */
    public Outcome create(Provider provider, SnapshotCreate request, List<Snapshot> listed) {
        return send(provider, request, listed);
    }

    private Outcome adoptOrSend(Provider provider, SnapshotCreate request) {
        List<Snapshot> listed = provider.snapshots().list(request.serverId());
        Optional<Snapshot> existing = named(listed, request.name());
        if (existing.isPresent()) {
            notes.accept("server " + request.serverId() + " already has snapshot " + existing.get().id()
                    + " named '" + request.name() + "'; nothing created");
            return new Outcome(null, null, existing.get(), false);
        }
        return send(provider, request, listed);
    }

    /** Until the snapshot just sent is listed under its name (a few looks over about 7 s; then the lock goes anyway). */
    private void awaitListed(SnapshotApi snapshots, SnapshotCreate request) {
        look(snapshots, request); // found, absent or failed: the create itself succeeded; the next run's lookup decides
    }

    /** @param listed the server's snapshots listed just before (reused by the first send only), or null */
    private Outcome send(Provider provider, SnapshotCreate request, List<Snapshot> listed) {
        SnapshotApi snapshots = provider.snapshots();
        for (int send = 1; ; send++) {
            try {
                Operation op = send == 1 && listed != null ? snapshots.create(request, listed) : snapshots.create(request);
                return new Outcome(op, provider.operations(), null, false);
            } catch (TransportException e) {
                if (!ambiguous(e) || request.name() == null || snapshots.createOverwrites()) {
                    throw e; // an overwriting create (Hostinger) is never re-sent: a second one could destroy data
                }
                Optional<Snapshot> found = lookFor(snapshots, request, e);
                if (found.isPresent()) {
                    Snapshot s = found.get();
                    notes.accept("create of '" + request.name() + "' on server " + request.serverId() + " failed ambiguously ("
                            + e.getMessage() + ") but the snapshot exists: " + s.id() + "; not creating it again");
                    return adopt(provider, s);
                }
                if (send >= MAX_SENDS) {
                    throw e;
                }
                notes.accept("create of '" + request.name() + "' on server " + request.serverId() + " failed ("
                        + e.getMessage() + "); the snapshot is certainly absent, sending it again");
            }
        }
    }

    /** True when the provider may have made the snapshot although the answer says otherwise or never came. */
    static boolean ambiguous(TransportException e) {
        Integer status = e.httpStatus();
        return e.maybeProcessed() || (status != null && status >= 500 && status != 501);
    }

    private Optional<Snapshot> lookFor(SnapshotApi snapshots, SnapshotCreate request, TransportException cause) {
        Look look = look(snapshots, request);
        if (look.failed() != null) {
            throw new TransportException(cause.getMessage(), cause.provider(), cause.httpStatus(),
                    "the snapshot may have been made, and looking for it failed too (" + look.failed().getMessage()
                            + "); check with 'vpsnap snapshot list --server " + request.serverId() + "' before retrying",
                    true, cause);
        }
        return Optional.ofNullable(look.found());
    }

    /** What looking for the named snapshot came to: found, absent (both null), or the look failed. */
    private record Look(Snapshot found, VpsnapException failed) {
    }

    /**
     * Looks for {@code request}'s snapshot on its server by name, pausing {@link #LOOKS} before each look: found at the
     * first look that lists it, absent when every look answered without it, failed at the first look that failed.
     */
    private Look look(SnapshotApi snapshots, SnapshotCreate request) {
        for (Duration pause : LOOKS) {
            pause(pause);
            try {
                Optional<Snapshot> found = named(snapshots.list(request.serverId()), request.name());
                if (found.isPresent()) {
                    return new Look(found.get(), null);
                }
            } catch (VpsnapException lookFailed) {
                return new Look(null, lookFailed);
            }
        }
        return new Look(null, null);
    }

    private Outcome adopt(Provider provider, Snapshot s) {
        SnapshotWatch watch = new SnapshotWatch(provider.snapshots(), provider.id(), s.id(), s.serverId(),
                SnapshotWatch.Target.AVAILABLE, clock);
        Operation op = watch.start();
        if (s.status() == SnapshotStatus.AVAILABLE) {
            op = op.withStatus(dev.vpsnap.model.OperationStatus.SUCCEEDED, clock.instant(), null);
        }
        return new Outcome(op, watch, s, true);
    }

    private static Optional<Snapshot> named(List<Snapshot> snapshots, String name) {
        return snapshots.stream()
                .filter(s -> name != null && name.equals(s.name()) && s.status() != SnapshotStatus.FAILED)
                .findFirst();
    }

    private void pause(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VpsnapException(ExitCode.INTERRUPTED, "interrupted while checking whether the snapshot was made");
        }
    }
}
