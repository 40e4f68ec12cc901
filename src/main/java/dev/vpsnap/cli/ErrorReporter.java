package dev.vpsnap.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.ops.OperationFailure;
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
        String what = cmd instanceof BaseCommand b ? b.what() : cl.getCommandSpec().qualifiedName(" ");
        return report(root, what, ex);
    }

    static int report(RootCommand root, String what, Throwable ex) {
        Environment env = root.environment();
        Redactor redactor = root.session().redactor();
        OutputFormat format = safeFormat(root);
        if (ex instanceof OperationFailure f && !root.quiet) {
            new Printer(env.out(), format, root.noHeaders, false).single(f.operation(), Columns.OPERATION);
        }
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
        message = oneLine(redactor.scrub(message));
        hint = hint == null ? null : oneLine(redactor.scrub(hint));
        PrintWriter err = env.err();
        if (format == OutputFormat.JSON) {
            ObjectNode o = Json.MAPPER.createObjectNode();
            ObjectNode e = o.putObject("error");
            e.put("exitCode", code.code());
            e.put("message", what + ": " + message);
            e.put("provider", provider);
            if (status == null) {
                e.putNull("httpStatus");
            } else {
                e.put("httpStatus", status);
            }
            e.put("hint", hint);
            err.println(o.toString());
        } else {
            String ctx = provider == null ? "" : status == null ? " (" + provider + ")" : " (" + provider + ", HTTP " + status + ")";
            err.println("vpsnap: " + what + ": " + message + ctx + (hint == null ? "" : "; hint: " + hint));
        }
        if (root.debugEnabled()) {
            StringWriter sw = new StringWriter();
            ex.printStackTrace(new PrintWriter(sw));
            sw.toString().lines().forEach(l -> err.println(redactor.scrub(l)));
        }
        err.flush();
        return code.code();
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
