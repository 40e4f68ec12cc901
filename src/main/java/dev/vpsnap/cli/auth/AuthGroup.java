package dev.vpsnap.cli.auth;

import dev.vpsnap.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code vpsnap auth}: prints its usage; verbs are registered as they are built. */
@Command(name = "auth", mixinStandardHelpOptions = true, description = "Check that profiles' keys work (status).",
        subcommands = AuthStatusCommand.class)
public final class AuthGroup extends GroupCommand {
}
