package dev.vpsnap.cli.config;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.config.ConfigService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code config show [NAME]}: profiles with secrets redacted ({@code api_key} shows as ****). */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show profiles (secrets redacted).")
public final class ConfigShowCommand extends BaseCommand {
    @Parameters(paramLabel = "NAME", arity = "0..1", description = "One profile (default: all).")
    String name;

    @Override
    protected int doCall() {
        ConfigService svc = new ConfigService(session().providerIds());
        if (name == null) {
            out().list(svc.showAll(session().configPath()), ConfigColumns.VIEW);
        } else {
            out().single(svc.show(session().configPath(), name), ConfigColumns.VIEW);
        }
        return 0;
    }
}
