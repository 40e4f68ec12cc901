package dev.vpsnap.cli.emulator;

import dev.vpsnap.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code vpsnap emulator}: the four provider APIs on loopback, for tests, benchmarks and rehearsals. */
@Command(name = "emulator", mixinStandardHelpOptions = true, description = "Run the provider API emulator.",
        subcommands = EmulatorServeCommand.class)
public final class EmulatorGroup extends GroupCommand {
}
