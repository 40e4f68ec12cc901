package dev.vpsnap.cli.snapshot;

import dev.vpsnap.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code vpsnap snapshot}: take, list, restore, delete and wait for snapshots. */
@Command(name = "snapshot", mixinStandardHelpOptions = true, description = "Take, list, restore and delete snapshots.",
        subcommands = {SnapshotListCommand.class, SnapshotGetCommand.class, SnapshotCreateCommand.class,
                SnapshotRestoreCommand.class, SnapshotDeleteCommand.class, SnapshotPruneCommand.class,
                SnapshotWaitCommand.class, SnapshotCheckCommand.class})
public final class SnapshotGroup extends GroupCommand {
}
