package dev.vpsnap.cli;

import picocli.CommandLine;

/** The one factory of the command line: {@code Main} and the tests build it the same way. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine create(Environment env) {
        RootCommand root = new RootCommand();
        root.bind(env);
        CommandLine cl = new CommandLine(root);
        cl.setOut(env.out());
        cl.setErr(env.err());
        cl.setExecutionExceptionHandler(new ErrorReporter());
        cl.setParameterExceptionHandler(new ParseErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(false);
        return cl;
    }

    /** Parses, runs and cleans up (stops a sandbox emulator, flushes streams); returns the exit code. */
    public static int run(Environment env, String... args) {
        if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
            // the same line picocli prints for the option, without building the model of every command first
            for (String line : new RootCommand.VersionInfo().getVersion()) {
                env.out().println(line);
            }
            env.out().flush();
            return 0;
        }
        CommandLine cl = create(env);
        try {
            return cl.execute(args);
        } finally {
            ((RootCommand) cl.getCommand()).close();
            env.out().flush();
            env.err().flush();
        }
    }
}
