package dev.vpsnap.cli;

import picocli.CommandLine.Option;

/** Destructive commands: {@code --yes} and {@code --dry-run}. */
public final class ConfirmOptions {
    @Option(names = {"-y", "--yes"}, description = "Confirm without asking (required without a terminal).")
    public boolean yes;

    @Option(names = "--dry-run", description = "Send no change; print each request it would send as a curl line.")
    public boolean dryRun;
}
