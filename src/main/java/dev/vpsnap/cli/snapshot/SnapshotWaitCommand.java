package dev.vpsnap.cli.snapshot;

import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.cli.Mutations;
import dev.vpsnap.cli.WaitOptions;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.ops.SnapshotWatch;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Provider;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code snapshot wait SNAPSHOT_ID | --operation OP_ID}: resumes a wait (after {@code --no-wait}, a timeout or
 * Ctrl-C). A create operation prints the snapshot it made; a snapshot watched until available prints the snapshot.
 */
@Command(name = "wait", mixinStandardHelpOptions = true, description = "Wait for a snapshot or an operation to finish.")
public final class SnapshotWaitCommand extends BaseCommand {
    @Parameters(paramLabel = "SNAPSHOT_ID", arity = "0..1", description = "The snapshot to watch.")
    String snapshotId;

    @Option(names = "--operation", paramLabel = "OP_ID", description = "An operation id printed by --no-wait or a timeout.")
    String operationId;

    @Option(names = "--server", paramLabel = "ID", description = "The snapshot's server (Hostinger; faster on vps.org).")
    String server;

    @Option(names = "--for", paramLabel = "STATE", defaultValue = "available", description = "available (default) or deleted.")
    String target;

    @Mixin
    WaitOptions waitOptions;

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
        waitOptions.noWait = false;
        Provider p = provider();
        if (operationId != null) {
            what("snapshot wait --operation " + operationId);
            Operation done = Mutations.await(this, p, p.operations().get(operationId), waitOptions);
            if (OperationKinds.SNAPSHOT_CREATE.equals(done.kind()) && done.status() == OperationStatus.SUCCEEDED) {
                out().single(p.snapshots().created(done), Columns.SNAPSHOT);
            } else {
                out().single(done, Columns.OPERATION);
            }
            return 0;
        }
        what("snapshot wait " + snapshotId);
        SnapshotWatch watch = new SnapshotWatch(p.snapshots(), p.id(), snapshotId, server, t, env().clock());
        Operation done = Mutations.await(this, watch, watch.start(), waitOptions);
        if (t == SnapshotWatch.Target.AVAILABLE) {
            out().single(p.snapshots().get(snapshotId, server), Columns.SNAPSHOT);
        } else {
            out().single(done, Columns.OPERATION);
        }
        return 0;
    }
}
