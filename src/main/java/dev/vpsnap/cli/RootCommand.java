package dev.vpsnap.cli;

import dev.vpsnap.output.Ansi;
import dev.vpsnap.output.ColorMode;
import dev.vpsnap.common.Version;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code vpsnap}: the root. Global options are inherited, so they are accepted anywhere on the line; their values
 * land here and every command reads them through {@link BaseCommand#root()}.
 */
@Command(name = "vpsnap", mixinStandardHelpOptions = true, versionProvider = RootCommand.VersionInfo.class,
        description = "Take, list, restore and delete VPS snapshots on Hivelocity, Hostinger, vps.org and core (Hyperstack).",
        footer = {"", "Exit codes: 0 ok, 2 usage, 3 auth, 4 not found, 5 rejected, 6 timeout, 7 failed,",
                "8 unreachable, 9 unsupported, 10 partial, 11 guard, 130 interrupted. See docs/exit-codes.md."})
public class RootCommand extends GroupCommand {

    /**
     * The groups, in help order. Registered by {@link Cli} rather than in the annotation: a command line that names
     * one group only builds that group's model (picocli copies every inherited option into every command, which was
     * most of the startup time).
     */
    static final java.util.Map<String, Class<?>> GROUPS = groups();

    private static java.util.Map<String, Class<?>> groups() {
        java.util.Map<String, Class<?>> m = new java.util.LinkedHashMap<>();
        for (Class<?> c : CommandTree.class.getAnnotation(Command.class).subcommands()) {
            m.put(c.getAnnotation(Command.class).name(), c);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    @Option(names = {"-p", "--profile"}, scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Profile from the config file (env VPSNAP_PROFILE).")
    public String profile;

    @Option(names = "--provider", scope = ScopeType.INHERIT, paramLabel = "ID",
            description = "hivelocity, hostinger, vpsorg or core; overrides the profile's (env VPSNAP_PROVIDER).")
    public String provider;

    @Option(names = "--endpoint", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "Base URL override (env VPSNAP_ENDPOINT). Plain http:// only for loopback unless --allow-insecure-http.")
    public String endpoint;

    @Option(names = "--allow-insecure-http", scope = ScopeType.INHERIT, description = "Allow http:// to a non-loopback host.")
    public boolean allowInsecureHttp;

    @Option(names = "--facility", scope = ScopeType.INHERIT, paramLabel = "CODE", description = "Hivelocity facility code (facility_code).")
    public String facility;

    @Option(names = "--client-id", scope = ScopeType.INHERIT, paramLabel = "N", description = "Hivelocity client id (client_id).")
    public Long clientId;

    @Option(names = {"-o", "--output"}, scope = ScopeType.INHERIT, paramLabel = "FMT",
            description = "table (default), wide, json, yaml, csv, ids (env VPSNAP_OUTPUT).")
    public String output;

    @Option(names = "--no-headers", scope = ScopeType.INHERIT, description = "Table/CSV without the header row.")
    public boolean noHeaders;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Print nothing on success except ids.")
    public boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "One line per HTTP exchange on stderr.")
    public boolean verbose;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Headers, bodies and stack traces on stderr; secrets redacted (env VPSNAP_DEBUG).")
    public boolean debug;

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Config file (env VPSNAP_CONFIG; default $XDG_CONFIG_HOME/vpsnap/config.toml).")
    public String config;

    @Option(names = "--sandbox", scope = ScopeType.INHERIT,
            description = "Run against the built-in emulator; no credentials needed (env VPSNAP_SANDBOX=1).")
    public boolean sandbox;

    @Option(names = "--api-key-file", scope = ScopeType.INHERIT, paramLabel = "PATH",
            description = "Read the API key from a file ('-' = stdin). No flag takes a secret as its value.")
    public Path apiKeyFile;

    @Option(names = "--request-timeout", scope = ScopeType.INHERIT, paramLabel = "DUR", defaultValue = "30s",
            converter = BoundedDuration.RequestTimeout.class, description = "Per HTTP request, 1s to 1h (default ${DEFAULT-VALUE}).")
    public java.time.Duration requestTimeout;

    @Option(names = "--max-rate", scope = ScopeType.INHERIT, paramLabel = "N/s|N/m",
            description = "Requests per second (N/s) or minute (N/m) to this provider account, shared by all workers; "
                    + "default the provider's documented or a conservative limit (see docs/commands.md).")
    public String maxRate;

    @Option(names = "--color", scope = ScopeType.INHERIT, paramLabel = "WHEN", defaultValue = "auto",
            description = "auto (on a terminal only; NO_COLOR, CLICOLOR_FORCE honoured), always or never.")
    public ColorMode color;

    @Option(names = "--query", scope = ScopeType.INHERIT, paramLabel = "EXPR",
            description = "JMESPath over the JSON document, applied before -o renders it (e.g. '[].id').")
    public String query;

    @Option(names = "--ping", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "GET URL/start before the command, POST URL/<exit code> with a summary after it "
                    + "(healthchecks.io style; env VPSNAP_PING_URL). Never changes the exit code; at most 5 s; redacted.")
    public String ping;

    @Option(names = "--log-format", scope = ScopeType.INHERIT, paramLabel = "FMT",
            description = "stderr as text (default; timestamped when not a terminal) or json, one object a line "
                    + "(env VPSNAP_LOG_FORMAT).")
    public String logFormat;

    private Environment environment;
    private Session session;
    private final java.util.List<String> heldNotes = new java.util.ArrayList<>();

    void bind(Environment env) {
        this.environment = env;
    }

    public Environment environment() {
        return environment;
    }

    public Session session() {
        if (session == null) {
            session = new Session(this, environment);
        }
        return session;
    }

    /** A status note held back under {@code -o json}: folded into the error object if the run fails (one object on stderr). */
    synchronized void holdNote(String line) {
        heldNotes.add(line);
    }

    /** The held notes, once: the error reporter folds them into its object, a successful run prints them. */
    synchronized java.util.List<String> heldNotes() {
        java.util.List<String> all = java.util.List.copyOf(heldNotes);
        heldNotes.clear();
        return all;
    }

    void close() {
        if (session != null) {
            session.close();
        }
    }

    public boolean debugEnabled() {
        return debug || "1".equals(environment.getenv("VPSNAP_DEBUG")) || "true".equalsIgnoreCase(environment.getenv("VPSNAP_DEBUG"));
    }

    /** Whether tables and error lines are coloured: {@code --color}, {@code NO_COLOR}, {@code CLICOLOR_FORCE}, a terminal. */
    public boolean colorEnabled() {
        return Ansi.enabled(color == null ? ColorMode.AUTO : color, environment::getenv, environment.interactive());
    }

    /** {@code vpsnap --version}. */
    public static final class VersionInfo implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"vpsnap " + Version.get()};
        }
    }
}
