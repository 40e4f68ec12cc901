package dev.vpsnap.cli;

import picocli.CommandLine.Option;

/** Mutations wait by default until the operation is terminal, with a deadline. */
public final class WaitOptions {
    @Option(names = "--no-wait", description = "Return at once with the operation instead of waiting.")
    public boolean noWait;

    @Option(names = "--wait-timeout", paramLabel = "DUR", defaultValue = "30m",
            description = "Deadline for the wait (default ${DEFAULT-VALUE}); on expiry exit 6 with the operation id.")
    public String waitTimeout;
}
