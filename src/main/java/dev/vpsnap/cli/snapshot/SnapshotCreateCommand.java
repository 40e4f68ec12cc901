package dev.vpsnap.cli.snapshot;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.cli.Mutations;
import dev.vpsnap.cli.WaitOptions;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.ops.SnapshotCreator;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.SnapshotApi;
import dev.vpsnap.provider.SnapshotCreate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code snapshot create --server ID}: takes a snapshot, waits until it is available and prints it (with its id,
 * never only a task or action id). {@code --no-wait} prints the operation instead.
 */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Take a snapshot of a server and wait for it.")
public final class SnapshotCreateCommand extends BaseCommand {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Option(names = "--server", required = true, paramLabel = "ID", description = "The server to snapshot.")
    String server;

    @Option(names = "--volume", paramLabel = "ID", description = "A specific volume (Hivelocity; default the ROOT volume).")
    String volume;

    @Option(names = "--name", paramLabel = "NAME", description = "Snapshot name (default vpsnap-<UTC timestamp>).")
    String name;

    @Option(names = "--description", paramLabel = "TEXT", description = "Free text.")
    String description;

    @Option(names = "--label", paramLabel = "k=v", description = "A label (repeatable; where the provider has labels).")
    List<String> labels = new ArrayList<>();

    @Option(names = "--idempotent", description = "If the server already has a snapshot with this name, print it and create nothing.")
    boolean idempotent;

    @Option(names = "--replace", description = "Allow overwriting the server's one snapshot (Hostinger).")
    boolean replace;

    @Option(names = "--dry-run", description = "Send no change; print the request as a curl line.")
    boolean dryRun;

    @Mixin
    WaitOptions waitOptions;

    @Override
    protected int doCall() {
        String snapshotName = name != null ? name : "vpsnap-" + STAMP.format(env().clock().instant());
        validate(snapshotName);
        what("snapshot create --server " + server);
        Provider p = provider(dryRun);
        p.require(Capability.SNAPSHOT_CREATE);
        SnapshotApi snapshots = p.snapshots();
        boolean overwrite = replace || (snapshots.createOverwrites() && confirmOverwrite(snapshots));
        SnapshotCreator.Outcome outcome = Mutations.send(() -> creator().create(p,
                new SnapshotCreate(server, volume, snapshotName, description, labels, overwrite), idempotent));
        if (outcome == null) {
            return 0;
        }
        if (outcome.operation() == null) {
            out().single(outcome.existing(), Columns.SNAPSHOT);
            return 0;
        }
        if (waitOptions.noWait) {
            out().single(outcome.operation(), Columns.OPERATION);
            return 0;
        }
        Operation done = Mutations.await(this, outcome.waitOn(), outcome.operation(), waitOptions);
        out().single(outcome.result(snapshots, done, server), Columns.SNAPSHOT);
        return 0;
    }

    /** The create with idempotency and reconciliation after an ambiguous failure. */
    private SnapshotCreator creator() {
        return new SnapshotCreator(env().clock(), env().sleeper(), this::note);
    }

    /** Single-slot providers: say what will be lost; ask on a TTY, else demand --replace. */
    private boolean confirmOverwrite(SnapshotApi snapshots) {
        List<Snapshot> existing = snapshots.list(server);
        if (existing.isEmpty()) {
            return false;
        }
        Snapshot old = existing.get(0);
        String lost = "server " + server + " already has snapshot " + old.id()
                + (old.createdAt() == null ? "" : " from " + old.createdAt()) + "; creating a new one overwrites it";
        if (!env().interactive()) {
            throw new VpsnapException(ExitCode.USAGE, lost, null, null, "pass --replace to overwrite it", null);
        }
        confirmer().confirm(false, "overwrite snapshot " + old.id() + " of server " + server, "It will be lost.");
        return true;
    }

    private void validate(String snapshotName) {
        if (snapshotName.isBlank()) {
            throw VpsnapException.usage("--name must not be empty");
        }
        for (String l : labels) {
            int eq = l.indexOf('=');
            if (eq <= 0) {
                throw VpsnapException.usage("--label expects k=v, not '" + l + "'");
            }
        }
    }
}
