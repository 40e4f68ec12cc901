package dev.vpsnap.cli.snapshot;

import dev.vpsnap.cli.Mutation;
import dev.vpsnap.cli.MutationCommand;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.ops.PruneDecision;
import dev.vpsnap.ops.PrunePlan;
import dev.vpsnap.ops.PrunePlanner;
import dev.vpsnap.ops.PrunePolicy;
import dev.vpsnap.output.Columns;
import dev.vpsnap.output.OutputFormat;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code snapshot prune --server ID... --name-prefix P --keep-…}: plans with {@link PrunePlanner} (restic-style
 * rules, safety rules first), prints the plan, refuses more than {@code --max-delete} deletions (exit 11) before
 * sending any, confirms (TTY) or demands {@code --yes}, then deletes and waits; some deletions failing is exit 10.
 */
@Command(name = "prune", mixinStandardHelpOptions = true,
        description = "Delete old snapshots by keep rules (destructive; never outside --name-prefix or the newest).")
public final class SnapshotPruneCommand extends MutationCommand {
    @Option(names = "--server", paramLabel = "ID", required = true, description = "A server to prune (repeatable).")
    List<String> servers = new ArrayList<>();

    @Option(names = "--name-prefix", paramLabel = "P", required = true,
            description = "Only snapshots whose name starts with P are ever considered.")
    String namePrefix;

    @Option(names = "--keep-last", paramLabel = "N", description = "Keep the N newest.")
    int keepLast;

    @Option(names = "--keep-hourly", paramLabel = "N", description = "Keep the newest of each of the last N hours that have one (UTC).")
    int keepHourly;

    @Option(names = "--keep-daily", paramLabel = "N", description = "Keep the newest of each of the last N days that have one (UTC).")
    int keepDaily;

    @Option(names = "--keep-weekly", paramLabel = "N", description = "Keep the newest of each of the last N ISO weeks that have one.")
    int keepWeekly;

    @Option(names = "--keep-monthly", paramLabel = "N", description = "Keep the newest of each of the last N months that have one (UTC).")
    int keepMonthly;

    @Option(names = "--keep-within", paramLabel = "DUR", description = "Keep all made within DUR of the server's newest.")
    String keepWithin;

    @Option(names = "--max-delete", paramLabel = "N", defaultValue = "10",
            description = "Refuse (exit 11, nothing deleted) a plan with more deletions (default ${DEFAULT-VALUE}).")
    int maxDelete;

    @Override
    protected int doCall() {
        PrunePolicy policy = new PrunePolicy(namePrefix, keepLast, keepHourly, keepDaily, keepWeekly, keepMonthly,
                keepWithin == null ? null : duration(keepWithin, "--keep-within"));
        PrunePlanner.requireKeepRule(policy);
        if (maxDelete < 0) {
            throw VpsnapException.usage("--max-delete must be 0 or more");
        }
        mutation().requireYes("prune snapshots");
        Provider p = mutation().provider(Capability.SNAPSHOT_LIST, Capability.SNAPSHOT_DELETE);
        PrunePlan plan = PrunePlanner.plan(snapshotsByServer(p, servers), policy);
        what("snapshot prune");
        List<PruneDecision> doomed = plan.deletions();
        plan.groups().forEach(g -> note(PruneReport.summary(g)));
        boolean overCap = doomed.size() > maxDelete;
        if (options.dryRun || overCap || doomed.isEmpty()) {
            print(plan, doomed, Map.of());
            if (overCap) {
                VpsnapException guard = new VpsnapException(ExitCode.GUARD, "the plan deletes " + doomed.size()
                        + " snapshots, more than --max-delete " + maxDelete, p.id(), null,
                        "nothing was deleted; check the plan, then raise --max-delete or tighten the keep rules", null);
                if (!options.dryRun) {
                    throw guard;
                }
                note("a real run would be refused (exit 11): " + guard.getMessage());
            }
            return 0;
        }
        if (!isDocument()) {
            out().list(PruneReport.rows(plan, outputFormat() == OutputFormat.WIDE), PruneReport.PLAN);
        }
        mutation().confirm("delete " + doomed.size() + " snapshot(s): "
                + String.join(", ", doomed.stream().map(d -> d.snapshot().id()).toList()), "This cannot be undone.");
        Map<PruneDecision, PruneResult> results = new LinkedHashMap<>();
        for (PruneDecision d : doomed) {
            results.put(d, delete(p, d.snapshot()));
        }
        printResults(plan, doomed, results);
        long failed = results.values().stream().filter(r -> !r.ok()).count();
        if (failed > 0) {
            throw new VpsnapException(ExitCode.PARTIAL, failed + " of " + doomed.size() + " deletions failed", p.id(),
                    null, "the failures are listed above; a re-run plans again from what is left", null);
        }
        return 0;
    }

    private PruneResult delete(Provider p, Snapshot s) {
        what("snapshot prune: delete " + s.id());
        Mutation.Attempt a = mutation().attempt(() -> p.snapshots().delete(s.id(), s.serverId()));
        String why = a.ok() ? null : a.failure().line();
        if (why != null) {
            note("could not delete snapshot " + s.id() + " of server " + s.serverId() + ": " + why);
        }
        return new PruneResult(s.id(), s.serverId(), a.ok(), a.operation(), why);
    }

    private boolean isDocument() {
        return outputFormat() == OutputFormat.JSON || outputFormat() == OutputFormat.YAML;
    }

    /** The plan alone (dry run, refused, or nothing to delete). */
    private void print(PrunePlan plan, List<PruneDecision> doomed, Map<PruneDecision, PruneResult> results) {
        if (root().quiet || outputFormat() == OutputFormat.IDS) {
            out().list(doomed.stream().map(PruneDecision::snapshot).toList(), Columns.SNAPSHOT);
        } else if (isDocument()) {
            out().document(PruneReport.document(plan, results), "");
        } else {
            out().list(PruneReport.rows(plan, outputFormat() == OutputFormat.WIDE), PruneReport.PLAN);
        }
    }

    /** After deleting: tables get a results table below the plan; JSON/YAML the one document, with results. */
    private void printResults(PrunePlan plan, List<PruneDecision> doomed, Map<PruneDecision, PruneResult> results) {
        if (root().quiet || outputFormat() == OutputFormat.IDS || isDocument()) {
            print(plan, doomed, results);
        } else {
            out().list(List.copyOf(results.values()), PruneReport.RESULTS);
        }
    }
}
