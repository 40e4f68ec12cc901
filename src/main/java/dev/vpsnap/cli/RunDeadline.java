package dev.vpsnap.cli;

import dev.vpsnap.ops.Durations;
import dev.vpsnap.transport.RetryDeadline;
import java.time.Clock;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The run's bound on retrying, from the command being run: a command that waits (it has {@code --wait-timeout} and no
 * {@code --no-wait}) retries only within its wait timeout from the start of the run; any other command has
 * {@link RetryDeadline#DEFAULT_BUDGET} of retrying in all.
 */
final class RunDeadline {
    private RunDeadline() {
    }

    static RetryDeadline of(CommandSpec root, Clock clock) {
        CommandSpec leaf = leaf(root);
        OptionSpec timeout = leaf == null ? null : leaf.findOption("--wait-timeout");
        OptionSpec noWait = leaf == null ? null : leaf.findOption("--no-wait");
        if (timeout == null || timeout.getValue() == null || (noWait != null && Boolean.TRUE.equals(noWait.getValue()))) {
            return RetryDeadline.budget(clock, RetryDeadline.DEFAULT_BUDGET);
        }
        Object v = timeout.getValue();
        Duration d = v instanceof Duration given ? given : Durations.parse(String.valueOf(v));
        return RetryDeadline.within(clock, d, "--wait-timeout " + Durations.format(d));
    }

    private static CommandSpec leaf(CommandSpec root) {
        ParseResult r = root.commandLine() == null ? null : root.commandLine().getParseResult();
        return r == null ? null : leaf(r).getCommandSpec();
    }

    /** The command a parse ended in (the leaf subcommand): what the run's deadline and its unattended options concern. */
    static CommandLine leaf(ParseResult parsed) {
        ParseResult p = parsed;
        while (p.hasSubcommand()) {
            p = p.subcommand();
        }
        return p.commandSpec().commandLine();
    }
}
