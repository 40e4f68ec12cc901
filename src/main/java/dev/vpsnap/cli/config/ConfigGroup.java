package dev.vpsnap.cli.config;

import dev.vpsnap.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code vpsnap config}: manage the TOML profiles file (written 0600; secrets never taken from flags). */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Manage profiles in the config file.",
        subcommands = {ConfigInitCommand.class, ConfigSetProfileCommand.class, ConfigListCommand.class,
                ConfigUseCommand.class, ConfigShowCommand.class, ConfigDeleteProfileCommand.class,
                ConfigRenameProfileCommand.class})
public final class ConfigGroup extends GroupCommand {
}
