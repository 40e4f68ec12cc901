package dev.vpsnap.cli.snapshot;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code snapshot get SNAPSHOT_ID [--server ID]}. */
@Command(name = "get", mixinStandardHelpOptions = true, description = "Show one snapshot.")
public final class SnapshotGetCommand extends BaseCommand {
    @Parameters(paramLabel = "SNAPSHOT_ID", description = "The snapshot.")
    String snapshotId;

    @Option(names = "--server", paramLabel = "ID", description = "Its server (needed by Hostinger; speeds up vps.org).")
    String server;

    @Override
    protected int doCall() {
        what("snapshot get " + snapshotId);
        Provider p = provider();
        p.require(Capability.SNAPSHOT_GET);
        out().single(p.snapshots().get(snapshotId, server), Columns.SNAPSHOT);
        return 0;
    }
}
