package dev.vpsnap.cli;

import dev.vpsnap.model.Operation;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.transport.DryRunStop;
import java.util.function.Supplier;

/** The shared tail of every mutating command: dry-run, then wait (or not) on the provider's operation. */
public final class Mutations {
    private Mutations() {
    }

    /** Runs {@code send}; returns null when it was a dry run (the curl line is already printed). */
    public static <T> T send(Supplier<T> send) {
        try {
            return send.get();
        } catch (DryRunStop stop) {
            return null;
        }
    }

    /** Waits for {@code op} unless {@code --no-wait}; returns the final (or initial) operation. */
    public static Operation await(BaseCommand cmd, Provider provider, Operation op, WaitOptions wait) {
        return await(cmd, provider.operations(), op, wait);
    }

    /** Waits on any operation source (a provider's operations, or a watched snapshot). */
    public static Operation await(BaseCommand cmd, dev.vpsnap.provider.OperationApi api, Operation op, WaitOptions wait) {
        if (wait.noWait || op.status().terminal()) {
            return op;
        }
        RootCommand root = cmd.root();
        ProgressListener progress = new ProgressListener(root.environment().err(),
                root.environment().interactive() && !root.quiet, root.verbose || root.debugEnabled());
        java.time.Duration timeout = wait.waitTimeout;
        Thread onInterrupt = new Thread(() -> interrupted(root));
        boolean hooked = register(onInterrupt);
        try {
            return root.session().waiter().await(api, op, timeout, progress);
        } finally {
            if (hooked) {
                try {
                    Runtime.getRuntime().removeShutdownHook(onInterrupt);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is already running
                }
            }
        }
    }

    private static boolean register(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }

    /** Ctrl-C during a wait: say which operations are still running and how to resume, then exit 130. */
    private static void interrupted(RootCommand root) {
        java.io.PrintWriter err = root.environment().err();
        for (dev.vpsnap.model.Operation op : root.session().activeOperations().snapshot()) {
            err.println("vpsnap: interrupted; " + op.kind() + " " + op.id() + " is still " + op.status()
                    + " at " + op.provider() + "; resume with: vpsnap snapshot wait --operation " + op.id());
        }
        err.flush();
        Runtime.getRuntime().halt(dev.vpsnap.error.ExitCode.INTERRUPTED.code());
    }
}
