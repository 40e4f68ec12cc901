package dev.vpsnap.cli;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The one factory of the command line: {@code Main} and the tests build it the same way. */
public final class Cli {
    /** Global options that take a value (their next argument is not a group name), read off {@link RootCommand}. */
    private static final Set<String> VALUE_OPTIONS = valueOptions();

    private Cli() {
    }

    /** The full command tree: every group and verb (help, completion, and whenever the group is not known). */
    public static CommandLine create(Environment env) {
        return create(env, RootCommand.GROUPS.keySet());
    }

    /**
     * The tree for this command line: only the group it names (with all its verbs), or the full tree when it names
     * none (root help, usage errors, typos: suggestions then see every group).
     */
    static CommandLine create(Environment env, String[] args) {
        int at = positional(args, 0);
        String group = at < 0 ? null : args[at];
        if (group == null || !RootCommand.GROUPS.containsKey(group)) {
            return create(env);
        }
        int verbAt = positional(args, at + 1);
        Class<?> verb = verbAt < 0 ? null : verbClass(RootCommand.GROUPS.get(group), args[verbAt]);
        CommandLine groupLine;
        if (verb == null) {
            groupLine = new CommandLine(RootCommand.GROUPS.get(group)); // the group with all its verbs
        } else {
            // a bare group holding just the named verb: the verb's model is all this command line needs
            CommandSpec bare = CommandSpec.create().name(group).mixinStandardHelpOptions(true);
            bare.addSubcommand(args[verbAt], new CommandLine(verb));
            groupLine = new CommandLine(bare);
        }
        return configure(env, Map.of(group, groupLine));
    }

    private static CommandLine create(Environment env, Set<String> groups) {
        Map<String, CommandLine> lines = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Class<?>> g : RootCommand.GROUPS.entrySet()) {
            if (groups.contains(g.getKey())) {
                lines.put(g.getKey(), new CommandLine(g.getValue()));
            }
        }
        return configure(env, lines);
    }

    private static CommandLine configure(Environment env, Map<String, CommandLine> groups) {
        RootCommand root = new RootCommand();
        root.bind(env);
        CommandLine cl = new CommandLine(root);
        groups.forEach(cl::addSubcommand);
        cl.setOut(env.out());
        cl.setErr(env.err());
        cl.setExecutionExceptionHandler(new ErrorReporter());
        cl.setParameterExceptionHandler(new ParseErrorHandler());
        cl.setExecutionStrategy(new Unattended(root));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(false);
        HelpLayout.install(cl);
        return cl;
    }

    /** Index of the first positional argument from {@code from}, skipping global options and their values; -1 if none. */
    static int positional(String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return -1;
            }
            if (a.startsWith("-")) {
                if (!a.contains("=") && takesValue(a)) {
                    i++;
                }
                continue;
            }
            return i;
        }
        return -1;
    }

    /** The verb class of {@code group} named {@code name}, or null (no such verb, or the "group" is a leaf command). */
    private static Class<?> verbClass(Class<?> group, String name) {
        for (Class<?> c : group.getAnnotation(Command.class).subcommands()) {
            if (c.getAnnotation(Command.class).name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static boolean takesValue(String option) {
        if (VALUE_OPTIONS.contains(option)) {
            return true;
        }
        // a cluster of short options (-qo json) takes a value when its last letter does
        return !option.startsWith("--") && option.length() > 2 && VALUE_OPTIONS.contains("-" + option.charAt(option.length() - 1));
    }

    private static Set<String> valueOptions() {
        Set<String> names = new HashSet<>();
        for (Field f : RootCommand.class.getFields()) {
            Option o = f.getAnnotation(Option.class);
            if (o != null && f.getType() != boolean.class) {
                names.addAll(Set.of(o.names()));
            }
        }
        return names;
    }

    /** The {@code --version} line (also {@code vpsnap version}). */
    static void printVersion(Environment env) {
        for (String line : new RootCommand.VersionInfo().getVersion()) {
            env.out().println(line);
        }
        env.out().flush();
    }

    /** Parses, runs and cleans up (stops a sandbox emulator, flushes streams); returns the exit code. */
    public static int run(Environment env, String... args) {
        if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
            // the same line picocli prints for the option, without building the model of every command first
            printVersion(env);
            return 0;
        }
        CommandLine cl = create(env, args);
        try {
            Unattended.preconfigure((RootCommand) cl.getCommand(), args);
            return ((Unattended) cl.getExecutionStrategy()).finish(cl.execute(args));
        } finally {
            ((RootCommand) cl.getCommand()).close();
            env.out().flush();
            env.err().flush();
        }
    }
}
