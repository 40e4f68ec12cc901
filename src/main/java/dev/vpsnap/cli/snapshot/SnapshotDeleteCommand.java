package dev.vpsnap.cli.snapshot;

import dev.vpsnap.cli.Mutation;
import dev.vpsnap.cli.MutationCommand;
import dev.vpsnap.model.Operation;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code snapshot delete SNAPSHOT_ID... [--server ID]}: destructive; asks on a TTY, needs --yes without one. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete snapshots (destructive).")
public final class SnapshotDeleteCommand extends MutationCommand {
    @Parameters(paramLabel = "SNAPSHOT_ID", arity = "1..*", description = "The snapshots to delete.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--server", paramLabel = "ID", description = "Their server (needed by Hostinger).")
    String server;

    @Override
    protected int doCall() {
        what("snapshot delete " + String.join(" ", ids));
        Mutation m = mutation();
        m.confirm("delete " + (ids.size() == 1 ? "snapshot " : ids.size() + " snapshots: ") + String.join(", ", ids)
                + (server == null ? "" : " of server " + server), "This cannot be undone.");
        Provider p = m.provider(Capability.SNAPSHOT_DELETE);
        List<Operation> done = new ArrayList<>();
        for (String id : ids) {
            what("snapshot delete " + id);
            Operation op = m.sendAndWait(() -> p.snapshots().delete(id, server));
            if (op != null) {
                done.add(op);
            }
        }
        if (m.dryRun()) {
            return m.printPlanned();
        }
        if (done.size() == 1) {
            out().single(done.get(0), Columns.OPERATION);
        } else {
            out().list(done, Columns.OPERATION);
        }
        return 0;
    }
}
