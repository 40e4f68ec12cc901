package dev.vpsnap.cli;

import picocli.CommandLine.Command;

/** {@code vpsnap version}: the same line as {@code --version}. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the version (as --version).")
public final class VersionCommand extends BaseCommand {
    @Override
    protected int doCall() {
        Cli.printVersion(env());
        return 0;
    }
}
