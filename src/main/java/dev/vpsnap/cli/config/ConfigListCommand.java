package dev.vpsnap.cli.config;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.config.ConfigService;
import picocli.CommandLine.Command;

/** {@code config list}: profiles, their provider and endpoint, the default marked. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List profiles.")
public final class ConfigListCommand extends BaseCommand {
    @Override
    protected int doCall() {
        out().list(new ConfigService(session().providerIds()).list(session().configPath()), ConfigColumns.ROW);
        return 0;
    }
}
