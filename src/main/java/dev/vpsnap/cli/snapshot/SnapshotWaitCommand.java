package dev.vpsnap.cli.snapshot;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.cli.Mutation;
import dev.vpsnap.cli.BoundedDuration;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.ops.SnapshotWatch;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.LastPoll;
import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.provider.Provider;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code snapshot wait SNAPSHOT_ID | --operation OP_ID}: resumes a wait (after {@code --no-wait}, a timeout or a
 * signal). Exit 0 only when the operation really succeeded: failed at the provider, or its resource vanished, is 7;
 * an id that names nothing (no such task, action, snapshot or server) is 4. A create operation prints the snapshot it
 * made; a snapshot watched until available prints the snapshot.
 */
@Command(name = "wait", mixinStandardHelpOptions = true, description = "Wait for a snapshot or an operation to finish.")
public final class SnapshotWaitCommand extends BaseCommand {
    @Parameters(paramLabel = "SNAPSHOT_ID", arity = "0..1", description = "The snapshot to watch.")
    String snapshotId;

    @Option(names = "--operation", paramLabel = "OP_ID", description = "An operation id printed by --no-wait, a timeout or a signal.")
    String operationId;

    @Option(names = "--server", paramLabel = "ID", description = "The snapshot's server (Hostinger; faster on vps.org).")
    String server;

    @Option(names = "--for", paramLabel = "STATE", defaultValue = "available", description = "available (default) or deleted.")
    String target;

    @Option(names = "--wait-timeout", paramLabel = "DUR", defaultValue = "30m", converter = BoundedDuration.WaitTimeout.class,
            description = "Deadline for the wait (default ${DEFAULT-VALUE}); on expiry exit 6.")
    Duration waitTimeout;

    @Override
    protected int doCall() {
        if ((snapshotId == null) == (operationId == null)) {
            throw VpsnapException.usage("give a SNAPSHOT_ID or --operation OP_ID");
        }
        SnapshotWatch.Target t = switch (target.toLowerCase(Locale.ROOT)) {
            case "available" -> SnapshotWatch.Target.AVAILABLE;
            case "deleted" -> SnapshotWatch.Target.DELETED;
            default -> throw VpsnapException.usage("--for: expected available or deleted, not '" + target + "'");
        };
        Provider p = provider();
        Mutation m = Mutation.of(this, false, waitTimeout);
        if (operationId != null) {
            what("snapshot wait --operation " + operationId);
            OperationApi.Polled start = p.operations().resume(operationId);
            LastPoll seen = new LastPoll(p.operations(), start.snapshot());
            Operation done = m.await(seen, start.operation());
            if (OperationKinds.SNAPSHOT_CREATE.equals(done.kind()) && done.status() == OperationStatus.SUCCEEDED) {
                out().single(seen.snapshot() != null ? seen.snapshot() : made(p, done), Columns.SNAPSHOT);
            } else {
                out().single(done, Columns.OPERATION);
            }
            return 0;
        }
        what("snapshot wait " + snapshotId);
        SnapshotWatch watch = new SnapshotWatch(p.snapshots(), p.id(), snapshotId, server, t, env().clock());
        Operation done = m.await(watch, watch.first());
        if (t == SnapshotWatch.Target.AVAILABLE) {
            out().single(watch.seen() != null ? watch.seen() : p.snapshots().get(snapshotId, server), Columns.SNAPSHOT);
        } else {
            out().single(done, Columns.OPERATION);
        }
        return 0;
    }

    /**
     * The snapshot a succeeded create made, where neither resuming nor the last poll saw it (Hostinger's action poll
     * answers with the action only); gone since is a vanished operation (exit 7), not "not found". */
    private static Snapshot made(Provider p, Operation done) {
        try {
            return p.snapshots().created(done);
        } catch (VpsnapException e) {
            if (e.exitCode() != ExitCode.NOT_FOUND) {
                throw e;
            }
            throw new VpsnapException(ExitCode.OPERATION_FAILED, done.kind() + " (operation " + done.id()
                    + ") succeeded but its snapshot is gone: " + e.getMessage(), e.provider(), e.httpStatus(),
                    "it was deleted or failed after it was made; take a new one", e);
        }
    }
}
