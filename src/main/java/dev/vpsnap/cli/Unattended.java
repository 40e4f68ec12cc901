package dev.vpsnap.cli;

import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.output.StderrLog;
import dev.vpsnap.transport.Ping;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * What wraps every run for cron and CI: the stderr format ({@code --log-format}, set before parsing from the command
 * line and {@code VPSNAP_LOG_FORMAT} so that parse errors are in it too, checked after), and the {@code --ping} around
 * the command. The execution strategy of the root: it runs after a successful parse and before the command;
 * {@link #finish} runs after the exit code is known (errors reported).
 */
final class Unattended implements IExecutionStrategy {
    static final String ENV_LOG_FORMAT = "VPSNAP_LOG_FORMAT";
    static final String ENV_PING = "VPSNAP_PING_URL";

    private final RootCommand root;
    private Ping ping;
    private Instant started;
    private String command = "vpsnap";

    Unattended(RootCommand root) {
        this.root = root;
    }

    /** Before parsing: the log format as far as it can be known (an invalid one is reported after the parse). */
    static void preconfigure(RootCommand root, String[] args) {
        String flag = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals("--log-format") && i + 1 < args.length) {
                flag = args[i + 1];
            } else if (args[i].startsWith("--log-format=")) {
                flag = args[i].substring("--log-format=".length());
            }
        }
        StderrLog.Format f = StderrLog.Format.parse(flag != null ? flag : root.environment().getenv(ENV_LOG_FORMAT));
        root.environment().log().configure(f, root.session().redactor()::scrub);
    }

    @Override
    public int execute(ParseResult parseResult) {
        CommandLine leaf = RunDeadline.leaf(parseResult);
        Environment env = root.environment();
        String named = root.logFormat != null ? root.logFormat : env.getenv(ENV_LOG_FORMAT);
        StderrLog.Format format = StderrLog.Format.parse(named);
        if (named != null && format == null) {
            throw new ParameterException(leaf, "--log-format: '" + named + "' is not text or json"
                    + (root.logFormat == null ? " (from " + ENV_LOG_FORMAT + ")" : ""));
        }
        env.log().configure(format, root.session().redactor()::scrub);
        command = leaf.getCommandSpec().qualifiedName(" ");
        started = env.clock().instant();
        String url = root.ping != null ? root.ping : env.getenv(ENV_PING);
        if (url != null && !helpRequested(parseResult)) {
            root.session().redactor().addUrl(url);
            ping = new Ping(checked(leaf, url), this::warn, root.verbose || root.debugEnabled() ? this::verbose : null);
            ping.start();
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    /** After the command: {@code POST URL/<code>} with the summary. Returns {@code code} unchanged, always. */
    int finish(int code) {
        if (ping != null) {
            Ping p = ping;
            ping = null;
            p.finish(code, summary(code));
        }
        return code;
    }

    /** A few plain-text lines: the command, its exit code and time, and its error or multi-target summary. Redacted. */
    private String summary(int code) {
        Environment env = root.environment();
        Duration took = Duration.between(started, env.clock().instant());
        List<String> lines = new ArrayList<>();
        lines.add(command + ": exit " + code + " after " + String.format(java.util.Locale.ROOT, "%.1f", took.toMillis() / 1000.0) + " s");
        if (env.log().lastSummary() != null) {
            lines.add(env.log().lastSummary());
        }
        if (code != 0 && env.log().lastError() != null) {
            lines.add(env.log().lastError());
        }
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(StderrLog.escape(root.session().redactor().scrub(l))).append('\n');
        }
        return b.toString();
    }

    private HttpUrl checked(CommandLine leaf, String url) {
        HttpUrl u = Ping.parse(url);
        String why = u == null ? "is not an http(s) URL"
                : !u.isHttps() && !root.allowInsecureHttp && !dev.vpsnap.app.Connector.loopback(u.host())
                ? "is plain http:// to a non-loopback host (its token would cross the network unencrypted)" : null;
        if (why != null) {
            VpsnapException e = new VpsnapException(dev.vpsnap.error.ExitCode.USAGE, "--ping: the URL " + why, null, null,
                    "use https://, or pass --allow-insecure-http if you really mean it", null);
            throw new ExecutionException(leaf, e.getMessage(), e);
        }
        return u;
    }

    private void warn(String message) {
        root.environment().log().emit(StderrLog.Level.WARN, "ping", message, Map.of());
    }

    private void verbose(String message) {
        root.environment().log().emit(StderrLog.Level.INFO, "ping", message, Map.of());
    }

    private static boolean helpRequested(ParseResult pr) {
        for (ParseResult p = pr; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
                return true;
            }
        }
        return false;
    }
}
