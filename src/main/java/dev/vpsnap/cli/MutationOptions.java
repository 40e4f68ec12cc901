package dev.vpsnap.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The options of every mutating command, read by the one {@link Mutation} pipeline: {@code --yes} (confirm without
 * asking; required without a terminal where the command asks), {@code --dry-run} (send nothing; print the requests
 * as data), {@code --no-wait} (return the operation at once) and {@code --wait-timeout} (the wait's deadline,
 * converted while the command line is parsed, so a bad value is exit 2 before anything is sent).
 */
public final class MutationOptions {
    @Option(names = {"-y", "--yes"}, description = "Confirm without asking (required without a terminal).")
    public boolean yes;

    @Option(names = "--dry-run", description = "Send no change; print each request it would send (curl lines; with -o json a JSON document).")
    public boolean dryRun;

    @Option(names = "--no-wait", description = "Return at once with the operation instead of waiting.")
    public boolean noWait;

    @Option(names = "--wait-timeout", paramLabel = "DUR", defaultValue = "30m", converter = BoundedDuration.WaitTimeout.class,
            description = "Deadline for the wait (default ${DEFAULT-VALUE}); on expiry exit 6 with the operation id and the command that resumes it.")
    public Duration waitTimeout;
}
