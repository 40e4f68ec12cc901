package dev.vpsnap.cli;

import picocli.CommandLine.Command;

/** {@code vpsnap iso}: prints its usage; verbs are registered as they are built. */
@Command(name = "iso", mixinStandardHelpOptions = true, description = "ISO images (list get create delete attach detach): coming with the volumes release.")
public final class IsoGroup extends GroupCommand {
}
