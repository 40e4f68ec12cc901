package dev.vpsnap.cli;

/**
 * A command that follows the monitoring-plugin convention (Nagios/Icinga) instead of the exit-code table: every
 * failure, usage errors included, is reported by the command itself as UNKNOWN (exit 3) with one status line.
 * {@link ErrorReporter} and {@link ParseErrorHandler} hand such failures to {@link #unknown}.
 */
public interface MonitoringPlugin {
    /** Prints the UNKNOWN status for {@code reason} on stdout and returns its exit code. */
    int unknown(String reason);
}
