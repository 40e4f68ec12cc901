package dev.vpsnap.cli.snapshot;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.model.Snapshot;
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

    @Option(names = "--sort", paramLabel = "KEY", defaultValue = "-created",
            description = "created, -created (newest first, default) or name.")
    String sort;

    @Override
    protected int doCall() {
        SnapshotSort order = SnapshotSort.parse(sort);
        Provider p = provider();
        p.require(Capability.SNAPSHOT_LIST);
        List<Snapshot> all = new ArrayList<>();
        if (servers.isEmpty()) {
            all.addAll(p.snapshots().list(null));
        } else {
            for (String s : servers) {
                what("snapshot list --server " + s);
                all.addAll(p.snapshots().list(s));
            }
        }
        List<Snapshot> shown = all.stream()
                .filter(s -> namePrefix == null || (s.name() != null && s.name().startsWith(namePrefix)))
                .sorted(order.comparator())
                .toList();
        out().list(shown, Columns.SNAPSHOT);
        return 0;
    }
}
