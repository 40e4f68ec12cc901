package dev.vpsnap.cli.snapshot;

import dev.vpsnap.cli.FanOutReport;
import dev.vpsnap.cli.Mutation;
import dev.vpsnap.cli.MutationCommand;
import dev.vpsnap.cli.Targets;
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
import dev.vpsnap.provider.UnsupportedException;
import dev.vpsnap.provider.LastPoll;
import dev.vpsnap.provider.SnapshotApi;
import dev.vpsnap.provider.SnapshotCreate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code snapshot create --server ID}: takes a snapshot, waits until it is available and prints it (with its id,
 * never only a task or action id). {@code --no-wait} prints the operation instead.
 */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Take a snapshot of a server and wait for it.")
public final class SnapshotCreateCommand extends MutationCommand {
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

    @Option(names = "--replace", description = "Allow overwriting the server's one snapshot (Hostinger; --yes also confirms it).")
    boolean replace;

    @Override
    protected int doCall() {
        List<String> targets = names().resolve(Names.Kind.SERVER, Targets.of(servers, serversFrom, env().in()));
        boolean several = targets.size() > 1 || serversFrom != null;
        String snapshotName = name != null ? name
                : "vpsnap-" + STAMP.format(env().clock().instant()) + (several ? "-" + SERVER : "");
        validate(snapshotName);
        Mutation m = mutation();
        Provider p = m.provider(Capability.SNAPSHOT_CREATE);
        SnapshotApi snapshots = p.snapshots();
        refuseUnkeptNames(p.id(), snapshots);
        if (several) {
            return many(m, p, targets, snapshotName);
        }
        server = targets.get(0);
        String named = snapshotName.replace(SERVER, server);
        what("snapshot create --server " + server);
        boolean overwrite = replace || (snapshots.createOverwrites() && confirmOverwrite(snapshots));
        SnapshotCreator.Outcome outcome = m.send(() -> creator().create(p,
                new SnapshotCreate(server, volume, named, description, labels, overwrite), idempotent));
        if (outcome == null) {
            return m.printPlanned();
        }
        if (outcome.operation() == null) {
            out().single(outcome.existing(), Columns.SNAPSHOT);
            return 0;
        }
        if (options.noWait) {
            m.printStarted(outcome.operation());
            return 0;
        }
        LastPoll seen = new LastPoll(outcome.waitOn(), null);
        Operation done = m.await(seen, outcome.operation());
        out().single(outcome.result(snapshots, done, seen.snapshot(), server), Columns.SNAPSHOT);
        return 0;
    }

    /** Several servers: one result per target (a single {@code --server} keeps the single-object output). */
    private int many(Mutation m, Provider p, List<String> targets, String snapshotName) {
        boolean overwrite = replace || options.yes;
        if (p.snapshots().createOverwrites() && !overwrite) {
            throw new VpsnapException(ExitCode.USAGE, p.id() + " keeps one snapshot per server and create overwrites it",
                    null, null, "pass --replace (or --yes) to overwrite each server's snapshot", null);
        }
        what("snapshot create (" + targets.size() + " servers)");
        FanOutReport report = new FanOutReport(this);
        BulkCreate bulk = new BulkCreate(creator(), m.waiter(), session().scrub());
        m.onInterrupt(signal -> report.print(this, bulk.interrupted(signal), Columns.TARGET, TargetResult::target,
                TargetResult::error));
        List<TargetResult> results = m.guarded(() -> bulk.run(p, targets,
                s -> new SnapshotCreate(s, volume, snapshotName.replace(SERVER, s), description, labels, overwrite),
                new BulkCreate.Options(idempotent, parallel, !options.noWait, options.waitTimeout), report));
        if (m.dryRun()) {
            return m.printPlanned();
        }
        int code = report.print(this, results, Columns.TARGET, TargetResult::target, TargetResult::error);
        if (options.noWait) {
            m.noteStarted(results.stream().filter(r -> r.ok() && r.operation() != null).count());
        }
        return code;
    }

    /** Where snapshots have no name (Hostinger), --name and --idempotent are refused rather than ignored. */
    private void refuseUnkeptNames(String provider, SnapshotApi snapshots) {
        String why = snapshots.unnamedReason();
        if (why != null && (name != null || idempotent)) {
            throw UnsupportedException.because(provider, why + "; drop " + (name != null ? "--name" : "--idempotent")
                    + ": without --replace, create already refuses to overwrite an existing snapshot (see it with "
                    + "'vpsnap snapshot list --server ID')");
        }
    }

    /** The create with idempotency and reconciliation after an ambiguous failure. */
    private SnapshotCreator creator() {
        return new SnapshotCreator(env().clock(), env().sleeper(), this::note,
                dev.vpsnap.config.ConfigPaths.stateDir(env().env()).resolve("locks"));
    }

    /**
     * Single-slot providers: say what will be lost; ask on a TTY, else demand --replace. True when the create may
     * overwrite: {@code --yes} (nothing to ask, so nothing is looked up), or this look found no snapshot to lose (the
     * adapter need not look again), or the user said yes.
     */
    private boolean confirmOverwrite(SnapshotApi snapshots) {
        if (options.yes) {
            return true;
        }
        List<Snapshot> existing = snapshots.list(server);
        if (existing.isEmpty()) {
            return true;
        }
        Snapshot old = existing.get(0);
        String lost = "server " + server + " already has snapshot " + old.id()
                + (old.createdAt() == null ? "" : " from " + old.createdAt()) + "; creating a new one overwrites it";
        if (!env().interactive()) {
            throw new VpsnapException(ExitCode.USAGE, lost, null, null, "pass --replace (or --yes) to overwrite it", null);
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
