package dev.vpsnap.cli.config;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.config.ConfigService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code config use NAME}: make a profile the default. */
@Command(name = "use", mixinStandardHelpOptions = true, description = "Make a profile the default.")
public final class ConfigUseCommand extends BaseCommand {
    @Parameters(paramLabel = "NAME", description = "Profile name.")
    String name;

    @Override
    protected int doCall() {
        new ConfigService(session().providerIds()).use(session().configPath(), name);
        note("default profile is now '" + name + "'");
        return 0;
    }
}
