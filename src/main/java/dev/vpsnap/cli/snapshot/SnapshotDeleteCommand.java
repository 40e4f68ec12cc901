package dev.vpsnap.cli.snapshot;

import dev.vpsnap.cli.FanOutReport;
import dev.vpsnap.cli.Mutation;
import dev.vpsnap.cli.MutationCommand;
import dev.vpsnap.model.TargetResult;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code snapshot delete SNAPSHOT_ID... [--server ID]}: destructive; asks on a TTY, needs --yes without one. One id
 * prints its operation; several print one result per id (as a multi-target create), each deleted in turn, one failing
 * not stopping the others (exit 10 when some failed).
 */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete snapshots (destructive).")
public final class SnapshotDeleteCommand extends MutationCommand {
    @Parameters(paramLabel = "SNAPSHOT_ID", arity = "1..*", description = "The snapshots to delete.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--server", paramLabel = "ID", description = "Their server (needed by Hostinger).")
    String server;

    @Override
    protected int doCall() {
        List<String> targets = List.copyOf(new LinkedHashSet<>(ids));
        what("snapshot delete " + String.join(" ", targets));
        Mutation m = mutation();
        m.confirm("delete " + (targets.size() == 1 ? "snapshot " : targets.size() + " snapshots: ")
                + String.join(", ", targets) + (server == null ? "" : " of server " + server), "This cannot be undone.");
        Provider p = m.provider(Capability.SNAPSHOT_DELETE);
        if (targets.size() == 1) {
            return m.run(() -> p.snapshots().delete(targets.get(0), server));
        }
        List<TargetResult> results = new ArrayList<>();
        for (String id : targets) {
            what("snapshot delete " + id);
            results.add(deleteOne(m, p, id));
        }
        what("snapshot delete " + String.join(" ", targets));
        if (m.dryRun()) {
            return m.printPlanned();
        }
        int code = new FanOutReport(this).print(this, results, Columns.TARGET, TargetResult::target, TargetResult::error);
        if (m.noWait()) {
            m.noteStarted(results.stream().filter(r -> r.ok() && r.operation() != null).count());
        }
        return code;
    }

    /** One of several deletes: its result; one failing does not stop the others. */
    private TargetResult deleteOne(Mutation m, Provider p, String id) {
        Mutation.Attempt a = m.attempt(() -> p.snapshots().delete(id, server));
        return a.ok() ? TargetResult.of(id, null, a.operation()) : TargetResult.failed(id, a.operation(), a.failure());
    }
}
