package dev.vpsnap.cli.config;

import dev.vpsnap.cli.RootCommand;
import dev.vpsnap.config.Profile;
import picocli.CommandLine.Option;

/**
 * Profile fields for {@code config init} and {@code config set-profile}. Provider, endpoint, facility and client id
 * come from the global options of the same names ({@code --provider}, {@code --endpoint}, {@code --facility},
 * {@code --client-id}); there is deliberately no option for the key itself.
 */
public final class ProfileOptions {
    @Option(names = "--api-key-env", paramLabel = "VAR", description = "Read the key from this environment variable.")
    String apiKeyEnv;

    @Option(names = "--api-key-command", paramLabel = "CMD",
            description = "Run this command (sh -c) and use its trimmed stdout as the key, e.g. 'pass show vpsnap/hv'.")
    String apiKeyCommand;

    @Option(names = "--default-output", paramLabel = "FMT", description = "This profile's default -o format.")
    String output;

    Profile toProfile(String name, RootCommand root) {
        return new Profile(name, root.provider, root.endpoint, root.facility, root.clientId, apiKeyEnv, apiKeyCommand,
                null, output);
    }
}
