package dev.vpsnap.cli;

import dev.vpsnap.cli.auth.AuthGroup;
import dev.vpsnap.cli.config.ConfigGroup;
import dev.vpsnap.cli.emulator.EmulatorGroup;
import dev.vpsnap.cli.iso.IsoGroup;
import dev.vpsnap.cli.schedule.ScheduleGroup;
import dev.vpsnap.cli.server.ServerGroup;
import dev.vpsnap.cli.snapshot.SnapshotGroup;
import dev.vpsnap.cli.volume.VolumeGroup;
import picocli.CommandLine.Command;

/**
 * The whole command tree as annotations: the one list of groups ({@link RootCommand#GROUPS} reads it, in help order)
 * and the class documentation generators start from (picocli-codegen's man pages). At run time {@link Cli} registers
 * only the group a command line names.
 */
@Command(name = "vpsnap", subcommands = {SnapshotGroup.class, VolumeGroup.class, IsoGroup.class, ScheduleGroup.class,
        ServerGroup.class, AuthGroup.class, ConfigGroup.class, ProvidersCommand.class, SandboxGroup.class,
        EmulatorGroup.class, CompletionCommand.class, VersionCommand.class, HelpCommand.class})
public final class CommandTree extends RootCommand {
}
