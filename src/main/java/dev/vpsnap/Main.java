package dev.vpsnap;

import dev.vpsnap.cli.Cli;
import dev.vpsnap.cli.Environment;

/** Entry point: build the command line through the one factory, run it, exit with its code. Nothing else. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(Environment.system(), args));
    }
}
