package dev.vpsnap.cli.snapshot;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.config.ResolvedProfile;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.Failure;
import dev.vpsnap.ops.FanOut;
import dev.vpsnap.output.Columns;
import dev.vpsnap.output.SortKey;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code snapshot list [--server ID]... | --all-profiles [--name-prefix P] [--sort FIELD[:asc|desc]]}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List snapshots (all, or of the given servers).")
public final class SnapshotListCommand extends BaseCommand {
    @Option(names = "--server", paramLabel = "ID", description = "Only this server's snapshots (repeatable).")
    List<String> servers = new ArrayList<>();

    @Option(names = "--all-profiles", description = "Every profile of the config file, each with its own provider and key.")
    boolean allProfiles;

    @Option(names = "--name-prefix", paramLabel = "P", description = "Only snapshots whose name starts with P.")
    String namePrefix;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "8",
            description = "Servers (or profiles) listed at once with several --server or --all-profiles (default ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--sort", paramLabel = "FIELD[:asc|desc]", defaultValue = "-created",
            description = "A JSON field, e.g. name or sizeBytes:desc; created and -created (newest first, the default) as before.")
    String sort;

    /** The names {@code --sort} took before it took any field. */
    private static final Map<String, String> SORT_ALIASES = Map.of("created", "createdAt");

    @Override
    protected int doCall() {
        SortKey order = SortKey.parse(sort, Columns.SNAPSHOT, SORT_ALIASES);
        servers = new ArrayList<>(new java.util.LinkedHashSet<>(servers)); // each server listed once, in the order given
        List<Snapshot> all = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        int targets;
        if (allProfiles) {
            Map<String, ResolvedProfile> profiles = new LinkedHashMap<>();
            checkAllProfilesAlone();
            session().allProfiles().forEach(p -> profiles.put(p.name(), p));
            targets = profiles.size();
            fanOut(new ArrayList<>(profiles.keySet()), name -> listed(session().provider(profiles.get(name), false), null),
                    "--profile", all, failures);
        } else if (servers.size() <= 1) {
            targets = servers.size();
            String only = servers.isEmpty() ? null : servers.get(0);
            if (only != null) {
                what("snapshot list --server " + only);
            }
            all.addAll(listed(provider(), only));
        } else {
            targets = servers.size();
            Provider p = provider();
            p.require(Capability.SNAPSHOT_LIST); // exit 9, then 3, once: not once per server
            fanOut(servers, server -> listed(p, server), "--server", all, failures);
        }
        List<Snapshot> shown = order.sort(all.stream()
                .filter(s -> namePrefix == null || (s.name() != null && s.name().startsWith(namePrefix)))
                .toList());
        out().list(shown, Columns.SNAPSHOT);
        return FanOut.exitCode(failures, targets);
    }

    private static List<Snapshot> listed(Provider p, String server) {
        p.require(Capability.SNAPSHOT_LIST);
        return p.snapshots().list(server);
    }

    /** Lists every target in parallel; one failing is said on stderr and the rest still printed (exit 10). */
    private void fanOut(List<String> targets, Function<String, List<Snapshot>> list, String option, List<Snapshot> all,
                        List<Failure> failures) {
        for (FanOut.Outcome<List<Snapshot>> o : FanOut.run(targets, Math.max(1, parallel), list, FanOut.Progress.NONE,
                session().scrub())) {
            if (o.ok()) {
                all.addAll(o.value());
            } else {
                failures.add(o.error());
                env().err().println("vpsnap: snapshot list " + option + " " + o.target() + ": " + o.error().message());
            }
        }
        env().err().flush();
    }

    /** Each profile brings its own account: a server id, a chosen profile, provider, endpoint or key file would not fit them all. */
    private void checkAllProfilesAlone() {
        List<String> clash = new ArrayList<>();
        if (!servers.isEmpty()) {
            clash.add("--server");
        }
        if (root().profile != null) {
            clash.add("--profile");
        }
        if (root().provider != null) {
            clash.add("--provider");
        }
        if (root().endpoint != null) {
            clash.add("--endpoint");
        }
        if (root().apiKeyFile != null) {
            clash.add("--api-key-file");
        }
        if (!clash.isEmpty()) {
            throw VpsnapException.usage("--all-profiles lists every profile with its own settings; it cannot be combined with "
                    + String.join(", ", clash));
        }
    }
}
