package dev.vpsnap.cli.server;

import dev.vpsnap.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code vpsnap server}: where {@code --server} ids come from. */
@Command(name = "server", mixinStandardHelpOptions = true, description = "The account's servers / VMs.",
        subcommands = ServerListCommand.class)
public final class ServerGroup extends GroupCommand {
}
