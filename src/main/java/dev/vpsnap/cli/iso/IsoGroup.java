package dev.vpsnap.cli.iso;

import dev.vpsnap.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code vpsnap iso}: installable ISO images where the provider has them (Hivelocity). */
@Command(name = "iso", mixinStandardHelpOptions = true,
        description = "ISO images: list, get, create, delete, attach to and detach from servers.",
        subcommands = {IsoListCommand.class, IsoGetCommand.class, IsoCreateCommand.class, IsoDeleteCommand.class,
                IsoAttachCommand.class, IsoDetachCommand.class})
public final class IsoGroup extends GroupCommand {
}
