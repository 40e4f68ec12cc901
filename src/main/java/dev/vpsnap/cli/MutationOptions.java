package dev.vpsnap.cli;

import dev.vpsnap.ops.Durations;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of every mutating command, read by the one {@link Mutation} pipeline: {@code --yes} (confirm without
 * asking; required without a terminal where the command asks), {@code --dry-run} (send nothing; print the requests
 * as data), {@code --no-wait} (return the operation at once) and {@code --wait-timeout} (the wait's deadline,
 * converted while the command line is parsed, so a bad value is exit 2 before anything is sent).
 */
public final class MutationOptions {
    /** The longest wait a run may ask for. */
    static final Duration MAX_WAIT = Duration.ofDays(7);

    @Option(names = {"-y", "--yes"}, description = "Confirm without asking (required without a terminal).")
    public boolean yes;

    @Option(names = "--dry-run", description = "Send no change; print each request it would send (curl lines; with -o json a JSON document).")
    public boolean dryRun;

    @Option(names = "--no-wait", description = "Return at once with the operation instead of waiting.")
    public boolean noWait;

    @Option(names = "--wait-timeout", paramLabel = "DUR", defaultValue = "30m", converter = WaitTimeout.class,
            description = "Deadline for the wait (default ${DEFAULT-VALUE}); on expiry exit 6 with the operation id and the command that resumes it.")
    public Duration waitTimeout;

    /** {@code --wait-timeout}: a duration above zero and at most {@link #MAX_WAIT}, checked at parse time. */
    public static final class WaitTimeout implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration d;
            try {
                d = Durations.parse(value);
            } catch (RuntimeException e) {
                throw new TypeConversionException("'" + value + "' is not a duration (e.g. 90s, 15m, 2h, PT15M)");
            }
            if (d.isNegative() || d.isZero() || d.compareTo(MAX_WAIT) > 0) {
                throw new TypeConversionException("'" + value + "' is out of range (above 0s, at most "
                        + Durations.format(MAX_WAIT) + ")");
            }
            return d;
        }
    }
}
