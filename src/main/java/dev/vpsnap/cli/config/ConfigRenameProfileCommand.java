package dev.vpsnap.cli.config;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.config.ConfigService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code config rename-profile OLD NEW}: rename in place; a default that named OLD names NEW afterwards. */
@Command(name = "rename-profile", mixinStandardHelpOptions = true, description = "Rename a profile (the default follows it).",
        footer = {"", "Examples:", "  vpsnap config rename-profile web web-eu"})
public final class ConfigRenameProfileCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "OLD", description = "Current name.")
    String from;

    @Parameters(index = "1", paramLabel = "NEW", description = "New name.")
    String to;

    @Override
    protected int doCall() {
        boolean wasDefault = new ConfigService(session().providerIds()).renameProfile(session().configPath(), from, to);
        note("renamed profile '" + from + "' to '" + to + "'" + (wasDefault ? " (still the default)" : ""));
        return 0;
    }
}
