package dev.vpsnap.cli;

import picocli.CommandLine.Option;

/** Mutations wait by default until the operation is terminal, with a deadline. */
public final class WaitOptions {
    @Option(names = "--no-wait", description = "Return at once with the operation instead of waiting.")
    public boolean noWait;

    @Option(names = "--wait-timeout", paramLabel = "DUR", defaultValue = "30m", converter = BoundedDuration.WaitTimeout.class,
            description = "Deadline for the wait, 1s to 7d (default ${DEFAULT-VALUE}); on expiry exit 6 with the operation id.")
    public java.time.Duration waitTimeout;
}
