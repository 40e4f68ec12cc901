package dev.vpsnap.cli;

import picocli.CommandLine.Command;

/** {@code vpsnap sandbox}: prints its usage; verbs are registered as they are built. */
@Command(name = "sandbox", mixinStandardHelpOptions = true, description = "The built-in sandbox (reset).",
        subcommands = SandboxResetCommand.class)
public final class SandboxGroup extends GroupCommand {
}
