package dev.vpsnap.cli;

import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.ops.Durations;
import dev.vpsnap.ops.Names;
import dev.vpsnap.output.OutputFormat;
import dev.vpsnap.output.Printer;
import dev.vpsnap.output.Query;
import dev.vpsnap.output.Shape;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.ProviderDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * Every leaf command extends this: one {@link #doCall()}, global options read from the root, output through the one
 * {@link Printer}. {@link #what} names what the command does for error lines ({@code vpsnap: <what>: <why>}).
 */
public abstract class BaseCommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    private String what;
    private Printer printer;
    private Shape shape;
    private Names names;

    @Override
    public final Integer call() throws Exception {
        outputFormat(); // a bad -o or --query is a usage error before anything is sent
        requireNonBlankIds();
        shape();
        resolveNames();
        int code = doCall();
        root().heldNotes().forEach(this::printNote);
        return code;
    }

    /**
     * An id given as empty or blank ({@code --server ""}: an unset shell variable) is a usage error before any request:
     * a provider may read an empty filter as "every server". Every id option and positional is labelled {@code …ID}.
     */
    private void requireNonBlankIds() {
        for (ArgSpec arg : spec.commandLine().getParseResult().matchedArgs()) {
            if (!arg.paramLabel().endsWith("ID")) {
                continue;
            }
            for (String value : arg.originalStringValues()) {
                if (value.isBlank()) {
                    String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
                    throw VpsnapException.usage(name + " is empty" + (value.isEmpty() ? "" : " (blank)")
                            + ": give an id (is a shell variable unset?)");
                }
            }
        }
    }

    /** The options and parameters that name a server, volume or ISO, by option name or parameter label. */
    private static final Map<String, Names.Kind> NAMED = Map.of("--server", Names.Kind.SERVER, "--volume", Names.Kind.VOLUME,
            "VOLUME_ID", Names.Kind.VOLUME, "ISO_ID", Names.Kind.ISO);

    /**
     * Every {@code --server} and {@code --volume} option and every {@code VOLUME_ID} and {@code ISO_ID} parameter takes
     * an id or a name: names become ids here, before {@link #doCall()}, by the one rule of {@link Names}.
     */
    @SuppressWarnings("unchecked")
    private void resolveNames() {
        for (ArgSpec a : spec.args()) {
            Names.Kind kind = NAMED.get(a instanceof OptionSpec o ? o.longestName() : a.paramLabel());
            Object v = kind == null ? null : a.getValue();
            if (v instanceof String s) {
                a.setValue(names().resolve(kind, s));
            } else if (v instanceof List<?> l && !l.isEmpty()) {
                a.setValue(new ArrayList<>(names().resolve(kind, (List<String>) l)));
            }
        }
    }

    /** Names of this run's provider account resolved to ids (one list call per kind, only for a name). */
    protected Names names() {
        if (names == null) {
            ProviderDescriptor d = env().registry().get(session().profile().provider()).descriptor();
            names = new Names(d, this::provider);
        }
        return names;
    }

    protected abstract int doCall() throws Exception;

    public RootCommand root() {
        return (RootCommand) spec.root().userObject();
    }

    public Environment env() {
        return root().environment();
    }

    public Session session() {
        return root().session();
    }

    public Provider provider() {
        return session().provider(false);
    }

    protected Provider provider(boolean dryRun) {
        return session().provider(dryRun);
    }

    public Printer out() {
        if (printer == null) {
            printer = new Printer(env().out(), outputFormat(), root().noHeaders, root().quiet, shape());
        }
        return printer;
    }

    /** {@code -o columns=}, {@code --query}, the clock of {@code AGE} and {@code --color}, parsed once. */
    private Shape shape() {
        if (shape == null) {
            shape = new Shape(OutputFormat.columns(session().outputOption()), Query.compile(root().query), env().clock(),
                    root().colorEnabled());
        }
        return shape;
    }

    protected OutputFormat outputFormat() {
        return session().outputFormat();
    }

    public Confirmer confirmer() {
        return new Confirmer(env());
    }

    public java.time.Duration duration(String text, String option) {
        try {
            return Durations.parse(text);
        } catch (VpsnapException e) {
            throw VpsnapException.usage(option + ": " + e.getMessage());
        }
    }

    /** What this command is doing, for error lines. Defaults to the command path, e.g. {@code snapshot create}. */
    public String what() {
        if (what != null) {
            return what;
        }
        String q = spec.qualifiedName(" ");
        return q.startsWith("vpsnap ") ? q.substring(7) : q;
    }

    protected void what(String description) {
        this.what = description;
    }

    /** The snapshots of each server (each listed once, in the order given), as a group per server id. */
    protected Map<String, List<Snapshot>> snapshotsByServer(Provider p, List<String> servers) {
        Map<String, List<Snapshot>> byServer = new LinkedHashMap<>();
        for (String s : new LinkedHashSet<>(servers)) {
            what(spec.qualifiedName(" ").replaceFirst("^vpsnap ", "") + " --server " + s);
            byServer.put(s, p.snapshots().list(s));
        }
        return byServer;
    }

    /** One redacted line describing a failure (message and provider context), as the error line would say it. */
    protected String describe(Throwable failure) {
        return ErrorReporter.describe(root(), failure);
    }

    /**
     * A status line on stderr (never stdout), suppressed by {@code -q}. Under {@code -o json} it is held back: a failed
     * run folds it into its one JSON error object, a successful one prints it at the end.
     */
    public void note(String line) {
        if (root().quiet) {
            return;
        }
        if (outputFormat() == OutputFormat.JSON) {
            root().holdNote(line);
        } else {
            printNote(line);
        }
    }

    private void printNote(String line) {
        synchronized (env().err()) {
            env().err().println("vpsnap: " + line);
            env().err().flush();
        }
    }
}
