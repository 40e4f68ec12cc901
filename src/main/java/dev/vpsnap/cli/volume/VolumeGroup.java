package dev.vpsnap.cli.volume;

import dev.vpsnap.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code vpsnap volume}: block volumes where the provider has them (Hivelocity, core). */
@Command(name = "volume", mixinStandardHelpOptions = true,
        description = "Block volumes: list, sizes, create, resize, delete, attach, detach.",
        subcommands = {VolumeListCommand.class, VolumeGetCommand.class, VolumeSizesCommand.class,
                VolumeCreateCommand.class, VolumeResizeCommand.class, VolumeDeleteCommand.class,
                VolumeAttachCommand.class, VolumeDetachCommand.class})
public final class VolumeGroup extends GroupCommand {
}
