package dev.vpsnap.cli.config;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.config.ConfigService;
import dev.vpsnap.error.VpsnapException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code config init [NAME] --provider ID ...}: writes a new config file (0600) with one default profile. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Create the config file with a first profile.")
public final class ConfigInitCommand extends BaseCommand {
    @Parameters(paramLabel = "NAME", arity = "0..1", defaultValue = "default", description = "Profile name (default ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--force", description = "Replace an existing config file.")
    boolean force;

    @Mixin
    ProfileOptions profile;

    @Override
    protected int doCall() {
        if (root().provider == null) {
            throw VpsnapException.usage("config init needs --provider (hivelocity, hostinger, vpsorg or core)");
        }
        Path file = session().configPath();
        new ConfigService(session().providerIds()).init(file, profile.toProfile(name, root()), force);
        note("wrote " + file + " (mode 0600) with default profile '" + name + "'");
        return 0;
    }
}
