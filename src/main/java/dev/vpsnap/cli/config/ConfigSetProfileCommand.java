package dev.vpsnap.cli.config;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.config.ConfigService;
import dev.vpsnap.config.ProfileChange;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code config set-profile NAME [--provider ID] [...]}: create or update one profile. */
@Command(name = "set-profile", mixinStandardHelpOptions = true, description = "Create or update a profile.")
public final class ConfigSetProfileCommand extends BaseCommand {
    @Parameters(paramLabel = "NAME", description = "Profile name.")
    String name;

    @Option(names = "--unset", paramLabel = "KEY", description = "Remove a key (e.g. endpoint, api_key_env); repeatable.")
    List<String> unset = List.of();

    @Mixin
    ProfileOptions profile;

    @Override
    protected int doCall() {
        Path file = session().configPath();
        ProfileChange c = new ConfigService(session().providerIds())
                .setProfile(file, profile.toProfile(name, root()), new HashSet<>(unset));
        note((c.created() ? "created" : "updated") + " profile '" + name + "' in " + file
                + (c.becameDefault() ? " (now the default)" : ""));
        return 0;
    }
}
