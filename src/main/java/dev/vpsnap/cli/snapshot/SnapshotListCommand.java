package dev.vpsnap.cli.snapshot;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.TargetError;
import dev.vpsnap.ops.FanOut;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code snapshot list [--server ID]... [--name-prefix P] [--sort created|-created|name]}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List snapshots (all, or of the given servers).")
public final class SnapshotListCommand extends BaseCommand {
    @Option(names = "--server", paramLabel = "ID", description = "Only this server's snapshots (repeatable).")
    List<String> servers = new ArrayList<>();

    @Option(names = "--name-prefix", paramLabel = "P", description = "Only snapshots whose name starts with P.")
    String namePrefix;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "8",
            description = "Servers listed at once with several --server (default ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--sort", paramLabel = "KEY", defaultValue = "-created",
            description = "created, -created (newest first, default) or name.")
    String sort;

    @Override
    protected int doCall() {
        SnapshotSort order = SnapshotSort.parse(sort);
        Provider p = provider();
        p.require(Capability.SNAPSHOT_LIST);
        List<Snapshot> all = new ArrayList<>();
        List<TargetError> failures = new ArrayList<>();
        if (servers.size() <= 1) {
            String only = servers.isEmpty() ? null : servers.get(0);
            if (only != null) {
                what("snapshot list --server " + only);
            }
            all.addAll(p.snapshots().list(only));
        } else {
            // several servers: listed in parallel; one failing is said on stderr and the rest still printed (exit 10)
            for (FanOut.Outcome<List<Snapshot>> o : FanOut.run(servers, Math.max(1, parallel), p.snapshots()::list,
                    FanOut.Progress.NONE)) {
                if (o.ok()) {
                    all.addAll(o.value());
                } else {
                    failures.add(o.error());
                    env().err().println("vpsnap: snapshot list --server " + o.target() + ": " + o.error().message());
                }
            }
        }
        List<Snapshot> shown = all.stream()
                .filter(s -> namePrefix == null || (s.name() != null && s.name().startsWith(namePrefix)))
                .sorted(order.comparator())
                .toList();
        out().list(shown, Columns.SNAPSHOT);
        return FanOut.exitCode(failures, servers.size());
    }
}
