package dev.vpsnap.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.model.Failure;
import dev.vpsnap.ops.OperationFailure;
import dev.vpsnap.output.Ansi;
import dev.vpsnap.output.Columns;
import dev.vpsnap.output.OutputFormat;
import dev.vpsnap.output.Printer;
import dev.vpsnap.common.Json;
import dev.vpsnap.transport.Redactor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place that maps exceptions to (stderr message, exit code). One line: {@code vpsnap: <what>: <why>
 * (<provider>, HTTP <code>)} and a hint where one helps; with {@code -o json} one JSON object instead. Stack traces only
 * with {@code --debug}; every line passes the {@link Redactor}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        RootCommand root = (RootCommand) cl.getCommandSpec().root().userObject();
        Object cmd = cl.getCommand();
        if (cmd instanceof MonitoringPlugin plugin) {
            debugTrace(root, ex);
            return plugin.unknown(failure(root, ex).line());
        }
        String what = cmd instanceof BaseCommand b ? b.what() : cl.getCommandSpec().qualifiedName(" ");
        return report(root, what, ex);
    }

    /** An exception as the user sees it: exit code, one redacted line, provider context and hint. */
    static Failure failure(RootCommand root, Throwable ex) {
        if (ex instanceof picocli.CommandLine.ParameterException p) {
            return Failure.of(ExitCode.USAGE, root.session().scrub().apply(p.getMessage()), null, null);
        }
        return Failure.of(ex, root.session().scrub());
    }

    /** One line describing {@code ex} without the exit code: message and provider context, redacted. */
    static String describe(RootCommand root, Throwable ex) {
        return failure(root, ex).line();
    }

    static int report(RootCommand root, String what, Throwable ex) {
        Environment env = root.environment();
        OutputFormat format = safeFormat(root);
        if (ex instanceof OperationFailure f && !root.quiet) {
            new Printer(env.out(), format, root.noHeaders, false).single(f.operation(), Columns.OPERATION);
        }
        int code = print(root, what, failure(root, ex));
        debugTrace(root, ex);
        return code;
    }

    /**
     * Prints one failure: one line, or under {@code -o json} exactly one JSON object (the status notes of the run,
     * which text output prints as they come, are folded into its hint). Returns its exit code.
     */
    static int print(RootCommand root, String what, Failure failure) {
        Environment env = root.environment();
        OutputFormat format = safeFormat(root);
        List<String> notes = root.heldNotes();
        Failure f = notes.isEmpty() ? failure : failure.withHint("before that: " + String.join("; ", notes));
        ObjectNode o = Json.MAPPER.createObjectNode();
        ObjectNode e = o.putObject("error");
        e.put("exitCode", f.exitCode());
        e.put("message", what + ": " + f.message());
        e.put("provider", f.provider());
        if (f.httpStatus() == null) {
            e.putNull("httpStatus");
        } else {
            e.put("httpStatus", f.httpStatus());
        }
        e.put("hint", f.hint());
        // the one stderr writer: a text line, or (-o json) the document, or (--log-format json) an error event
        env.log().error(Ansi.errorPrefix(root.colorEnabled()) + " " + what + ": " + f.message() + f.context()
                        + (f.hint() == null ? "" : "; hint: " + f.hint()),
                o, format == OutputFormat.JSON);
        return f.exitCode();
    }

    private static void debugTrace(RootCommand root, Throwable ex) {
        if (root.debugEnabled()) {
            PrintWriter err = root.environment().err();
            StringWriter sw = new StringWriter();
            ex.printStackTrace(new PrintWriter(sw));
            sw.toString().lines().forEach(l -> err.println(root.session().redactor().scrub(l)));
            err.flush();
        }
    }

    private static OutputFormat safeFormat(RootCommand root) {
        try {
            return root.session().outputFormat();
        } catch (RuntimeException e) {
            return OutputFormat.TABLE;
        }
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
