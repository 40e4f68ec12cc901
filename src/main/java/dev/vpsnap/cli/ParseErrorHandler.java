package dev.vpsnap.cli;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.output.Ansi;
import dev.vpsnap.output.OutputFormat;
import dev.vpsnap.output.StderrLog;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Bad command lines: the message, a suggestion where picocli has one, and where to read more. Exit 2. Under
 * {@code -o json} the same as one JSON error object, like every other error.
 */
final class ParseErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        if (cl.getCommand() instanceof MonitoringPlugin plugin) {
            return plugin.unknown(ErrorReporter.oneLine(ex.getMessage()) + " (see '"
                    + cl.getCommandSpec().qualifiedName(" ") + " --help')");
        }
        RootCommand root = (RootCommand) cl.getCommandSpec().root().userObject();
        String path = cl.getCommandSpec().qualifiedName(" ");
        java.util.List<String> suggestions = suggestions(ex);
        String suggestion = suggestions.isEmpty() ? null : "did you mean: " + String.join(", ", suggestions) + "?";
        if (json(root, args)) {
            String hint = "see '" + path + " --help'" + (suggestion == null ? "" : "; " + suggestion);
            String what = path.startsWith("vpsnap ") ? path.substring(7) : path;
            return ErrorReporter.report(root, what, new VpsnapException(ExitCode.USAGE,
                    ErrorReporter.oneLine(ex.getMessage()), null, null, hint, null));
        }
        PrintWriter err = cl.getErr();
        String line = ErrorReporter.oneLine(ex.getMessage()) + " (see '" + path + " --help')";
        String prefix = Ansi.errorPrefix(root.colorEnabled());
        if (err instanceof StderrLog log && log.format() == StderrLog.Format.JSON) {
            log.emit(StderrLog.Level.ERROR, "usage", line, java.util.Map.of()); // --log-format json: an error-level line
        } else {
            err.println(prefix + " " + line);
        }
        if (suggestion != null) {
            err.println(prefix + " " + suggestion);
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

    /**
     * Whether {@code -o json} was asked for. Parsing may have stopped before {@code -o}, so the arguments are read too
     * ({@code -o json}, {@code -ojson}, {@code --output json}, {@code --output=json}); else the flag or
     * {@code VPSNAP_OUTPUT} as the session reads them.
     */
    private static boolean json(RootCommand root, String[] args) {
        String given = null;
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            String a = args[i];
            if ((a.equals("-o") || a.equals("--output")) && i + 1 < args.length) {
                given = args[++i];
            } else if (a.startsWith("--output=")) {
                given = a.substring("--output=".length());
            } else if (a.startsWith("-o") && !a.startsWith("--") && a.length() > 2) {
                given = a.substring(a.charAt(2) == '=' ? 3 : 2);
            }
        }
        try {
            String o = given != null ? given : root.session().outputOption();
            return o != null && OutputFormat.parse(o) == OutputFormat.JSON;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
