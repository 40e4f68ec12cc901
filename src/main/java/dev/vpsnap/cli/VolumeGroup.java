package dev.vpsnap.cli;

import picocli.CommandLine.Command;

/** {@code vpsnap volume}: prints its usage; verbs are registered as they are built. */
@Command(name = "volume", mixinStandardHelpOptions = true, description = "Block volumes (list get sizes create resize delete attach detach): coming with the volumes release.")
public final class VolumeGroup extends GroupCommand {
}
