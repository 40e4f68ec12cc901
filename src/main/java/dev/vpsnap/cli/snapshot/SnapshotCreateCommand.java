package dev.vpsnap.cli.snapshot;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.cli.FanOutReport;
import dev.vpsnap.cli.Mutations;
import dev.vpsnap.cli.Targets;
import dev.vpsnap.cli.WaitOptions;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.TargetResult;
import dev.vpsnap.ops.BulkCreate;
import dev.vpsnap.ops.Names;
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
    /** In {@code --name}: the target's server id (some providers, e.g. core, want names unique per account). */
    private static final String SERVER = "{server}";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Option(names = "--server", paramLabel = "ID", description = "A server to snapshot (repeatable).")
    List<String> servers = new ArrayList<>();

    @Option(names = "--servers-from", paramLabel = "FILE|-", description = "Servers to snapshot, one id a line (# comments).")
    String serversFrom;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "8",
            description = "Creates in flight at once with several servers (default ${DEFAULT-VALUE}).")
    int parallel;

    private String server;

    @Option(names = "--volume", paramLabel = "ID", description = "A specific volume (Hivelocity; default the ROOT volume).")
    String volume;

    @Option(names = "--name", paramLabel = "NAME",
            description = "Snapshot name; {server} is replaced by the server id (default vpsnap-<UTC timestamp>, "
                    + "and -{server} after it with several servers).")
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
        List<String> targets = names().resolve(Names.Kind.SERVER, Targets.of(servers, serversFrom, env().in()));
        boolean several = targets.size() > 1 || serversFrom != null;
        String snapshotName = name != null ? name
                : "vpsnap-" + STAMP.format(env().clock().instant()) + (several ? "-" + SERVER : "");
        validate(snapshotName);
        Provider p = provider(dryRun);
        p.require(Capability.SNAPSHOT_CREATE);
        SnapshotApi snapshots = p.snapshots();
        if (several) {
            return many(p, targets, snapshotName);
        }
        server = targets.get(0);
        String named = snapshotName.replace(SERVER, server);
        what("snapshot create --server " + server);
        boolean overwrite = replace || (snapshots.createOverwrites() && confirmOverwrite(snapshots));
        SnapshotCreator.Outcome outcome = Mutations.send(() -> creator().create(p,
                new SnapshotCreate(server, volume, named, description, labels, overwrite), idempotent));
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

    /** Several servers: one result per target (a single {@code --server} keeps the single-object output). */
    private int many(Provider p, List<String> targets, String snapshotName) {
        if (p.snapshots().createOverwrites() && !replace) {
            throw new VpsnapException(ExitCode.USAGE, p.id() + " keeps one snapshot per server and create overwrites it",
                    null, null, "pass --replace to overwrite each server's snapshot", null);
        }
        what("snapshot create (" + targets.size() + " servers)");
        FanOutReport report = new FanOutReport(this);
        List<TargetResult> results = new BulkCreate(creator(), session().waiter()).run(p, targets,
                s -> new SnapshotCreate(s, volume, snapshotName.replace(SERVER, s), description, labels, replace),
                new BulkCreate.Options(idempotent, parallel, !waitOptions.noWait,
                        waitOptions.waitTimeout), report);
        return report.print(this, results, Columns.TARGET, TargetResult::target, TargetResult::error);
    }

    /** The create with idempotency and reconciliation after an ambiguous failure. */
    private SnapshotCreator creator() {
        return new SnapshotCreator(env().clock(), env().sleeper(), this::note,
                dev.vpsnap.config.ConfigPaths.stateDir(env().env()).resolve("locks"));
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
        if (parallel < 1) {
            throw VpsnapException.usage("--parallel must be at least 1");
        }
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
