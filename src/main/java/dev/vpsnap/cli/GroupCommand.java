package dev.vpsnap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command group (snapshot, volume, ...): run without a verb it prints its usage to stderr and exits 2. */
public abstract class GroupCommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return dev.vpsnap.error.ExitCode.USAGE.code();
    }
}
