package dev.vpsnap.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.ops.OperationFailure;
import dev.vpsnap.output.Ansi;
import dev.vpsnap.output.Columns;
import dev.vpsnap.output.OutputFormat;
import dev.vpsnap.output.Printer;
import dev.vpsnap.transport.Json;
import dev.vpsnap.transport.Redactor;
import java.io.PrintWriter;
import java.io.StringWriter;
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
            Failure f = Failure.of(root, ex);
            debugTrace(root, ex);
            return plugin.unknown(f.message + f.context());
        }
        String what = cmd instanceof BaseCommand b ? b.what() : cl.getCommandSpec().qualifiedName(" ");
        return report(root, what, ex);
    }

    /** An exception as the user sees it: exit code, one redacted line, provider context and hint. */
    private record Failure(ExitCode code, String message, String provider, Integer status, String hint) {
        static Failure of(RootCommand root, Throwable ex) {
            Redactor redactor = root.session().redactor();
            ExitCode code;
            String message;
            String provider = null;
            Integer status = null;
            String hint = null;
            if (ex instanceof VpsnapException v) {
                code = v.exitCode();
                message = v.getMessage();
                provider = v.provider();
                status = v.httpStatus();
                hint = v.hint();
            } else if (ex instanceof picocli.CommandLine.ParameterException p) {
                code = ExitCode.USAGE;
                message = p.getMessage();
            } else {
                code = ExitCode.INTERNAL;
                message = "internal error: " + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
                hint = "this is a bug; re-run with --debug and report it";
            }
            return new Failure(code, oneLine(redactor.scrub(message)), provider, status,
                    hint == null ? null : oneLine(redactor.scrub(hint)));
        }

        String context() {
            return provider == null ? "" : status == null ? " (" + provider + ")" : " (" + provider + ", HTTP " + status + ")";
        }
    }

    /** One line describing {@code ex} without the exit code: message and provider context, redacted. */
    static String describe(RootCommand root, Throwable ex) {
        Failure f = Failure.of(root, ex);
        return f.message + f.context();
    }

    static int report(RootCommand root, String what, Throwable ex) {
        Environment env = root.environment();
        OutputFormat format = safeFormat(root);
        if (ex instanceof OperationFailure f && !root.quiet) {
            new Printer(env.out(), format, root.noHeaders, false).single(f.operation(), Columns.OPERATION);
        }
        Failure f = Failure.of(root, ex);
        PrintWriter err = env.err();
        if (format == OutputFormat.JSON) {
            ObjectNode o = Json.MAPPER.createObjectNode();
            ObjectNode e = o.putObject("error");
            e.put("exitCode", f.code.code());
            e.put("message", what + ": " + f.message);
            e.put("provider", f.provider);
            if (f.status == null) {
                e.putNull("httpStatus");
            } else {
                e.put("httpStatus", f.status);
            }
            e.put("hint", f.hint);
            err.println(o.toString());
        } else {
            err.println(Ansi.errorPrefix(root.colorEnabled()) + " " + what + ": " + f.message + f.context()
                    + (f.hint == null ? "" : "; hint: " + f.hint));
        }
        debugTrace(root, ex);
        err.flush();
        return f.code.code();
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
