package dev.vpsnap.cli.config;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.config.ConfigService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code config delete-profile NAME}: remove a profile (the file stays 0600); deleting the default leaves none. */
@Command(name = "delete-profile", mixinStandardHelpOptions = true, description = "Delete a profile.",
        footer = {"", "Examples:", "  vpsnap config delete-profile old-web"})
public final class ConfigDeleteProfileCommand extends BaseCommand {
    @Parameters(paramLabel = "NAME", description = "Profile name.")
    String name;

    @Override
    protected int doCall() {
        boolean wasDefault = new ConfigService(session().providerIds()).deleteProfile(session().configPath(), name);
        note("deleted profile '" + name + "'"
                + (wasDefault ? "; it was the default, so there is none now (set one with: vpsnap config use NAME)" : ""));
        return 0;
    }
}
