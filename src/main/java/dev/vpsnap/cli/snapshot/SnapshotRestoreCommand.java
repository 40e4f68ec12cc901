package dev.vpsnap.cli.snapshot;

import dev.vpsnap.cli.Mutation;
import dev.vpsnap.cli.MutationCommand;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import dev.vpsnap.ops.Durations;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.SnapshotRestore;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code snapshot restore SNAPSHOT_ID | --server ID --latest [--name-prefix P]}: destructive, so it asks on a TTY
 * and needs {@code --yes} without one (exit 2, nothing sent). {@code --max-age} refuses a stale snapshot (exit 11).
 */
@Command(name = "restore", mixinStandardHelpOptions = true, description = "Restore a server from a snapshot (destructive).")
public final class SnapshotRestoreCommand extends MutationCommand {
    @Parameters(paramLabel = "SNAPSHOT_ID", arity = "0..1", description = "The snapshot (or use --server ID --latest).")
    String snapshotId;

    @Option(names = "--server", paramLabel = "ID", description = "The snapshot's server.")
    String server;

    @Option(names = "--latest", description = "The server's newest available snapshot.")
    boolean latest;

    @Option(names = "--name-prefix", paramLabel = "P", description = "With --latest: only names starting with P.")
    String namePrefix;

    @Option(names = "--max-age", paramLabel = "DUR", description = "Refuse a snapshot older than this (exit 11).")
    String maxAge;

    @Option(names = "--new-vm-name", paramLabel = "N", description = "core: the name of the new VM the snapshot is restored into.")
    String newVmName;

    @Override
    protected int doCall() {
        if ((snapshotId == null) == !latest) {
            throw VpsnapException.usage("give a SNAPSHOT_ID or --server ID --latest (not both)");
        }
        if (latest && server == null) {
            throw VpsnapException.usage("--latest needs --server ID");
        }
        Duration maxAgeLimit = maxAge == null ? null : duration(maxAge, "--max-age");
        what("snapshot restore " + (snapshotId != null ? snapshotId : "--server " + server + " --latest"));
        Mutation m = mutation();
        m.requireYes("restore a snapshot");
        Provider p = m.provider(Capability.SNAPSHOT_RESTORE);
        Snapshot target = null;
        if (latest) {
            target = newest(p);
        } else if (maxAgeLimit != null || !options.yes) {
            target = p.snapshots().get(snapshotId, server);
        }
        if (maxAgeLimit != null) {
            guardAge(target, maxAgeLimit);
        }
        String id = target != null ? target.id() : snapshotId;
        String srv = server != null ? server : target != null ? target.serverId() : null;
        m.confirm(describe(id, srv, target),
                newVmName != null ? "A new VM '" + newVmName + "' is created from it." : "The server's current disk is replaced.");
        return m.run(() -> p.snapshots().restore(new SnapshotRestore(id, srv, newVmName)));
    }

    private Snapshot newest(Provider p) {
        return p.snapshots().list(server).stream()
                .filter(s -> s.status() == SnapshotStatus.AVAILABLE)
                .filter(s -> namePrefix == null || (s.name() != null && s.name().startsWith(namePrefix)))
                .max(Comparator.comparing(Snapshot::createdAt, Comparator.nullsFirst(Instant::compareTo)))
                .orElseThrow(() -> new VpsnapException(ExitCode.NOT_FOUND, "server " + server + " has no available snapshot"
                        + (namePrefix == null ? "" : " named '" + namePrefix + "…'"), p.id(), null, null, null));
    }

    private void guardAge(Snapshot s, Duration limit) {
        Instant now = env().clock().instant();
        if (s.createdAt() == null || s.createdAt().plus(limit).isBefore(now)) {
            String age = s.createdAt() == null ? "of unknown age" : Durations.format(Duration.between(s.createdAt(), now)) + " old";
            throw new VpsnapException(ExitCode.GUARD, "snapshot " + s.id() + " is " + age + ", older than --max-age "
                    + Durations.format(limit), s.provider(), null, "nothing was restored", null);
        }
    }

    private static String describe(String id, String srv, Snapshot s) {
        String what = "restore snapshot " + id;
        if (s != null && s.name() != null) {
            what += " ('" + s.name() + "'" + (s.createdAt() == null ? "" : ", " + s.createdAt()) + ")";
        }
        return srv == null ? what : what + " onto server " + srv;
    }
}
