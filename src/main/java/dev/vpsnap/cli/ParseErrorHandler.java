package dev.vpsnap.cli;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.output.StderrLog;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Bad command lines: the message, a suggestion where picocli has one, and where to read more. Exit 2. */
final class ParseErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        if (cl.getCommand() instanceof MonitoringPlugin plugin) {
            return plugin.unknown(ErrorReporter.oneLine(ex.getMessage()) + " (see '"
                    + cl.getCommandSpec().qualifiedName(" ") + " --help')");
        }
        PrintWriter err = cl.getErr();
        String path = cl.getCommandSpec().qualifiedName(" ");
        String line = ErrorReporter.oneLine(ex.getMessage()) + " (see '" + path + " --help')";
        if (err instanceof StderrLog log) {
            log.emit(StderrLog.Level.ERROR, "usage", line, java.util.Map.of()); // --log-format json: an error-level line
        } else {
            err.println("vpsnap: " + line);
        }
        java.util.List<String> suggestions = suggestions(ex);
        if (!suggestions.isEmpty()) {
            err.println("vpsnap: did you mean: " + String.join(", ", suggestions) + "?");
        }
        err.flush();
        return ExitCode.USAGE.code();
    }

    /** A mistyped command: by edit distance over the whole tree; a mistyped option: picocli's. */
    static java.util.List<String> suggestions(ParameterException ex) {
        if (!(ex instanceof UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return java.util.List.of();
        }
        String word = u.getUnmatched().get(0);
        if (!word.startsWith("-") && !ex.getCommandLine().getSubcommands().isEmpty()) {
            return CommandSuggestions.near(ex.getCommandLine(), word);
        }
        return u.getSuggestions();
    }
}
