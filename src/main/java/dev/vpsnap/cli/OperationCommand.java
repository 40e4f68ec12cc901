package dev.vpsnap.cli;

import dev.vpsnap.model.Operation;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.transport.DryRunStop;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A command whose mutation returns a provider operation (volumes, ISOs): dry run, then wait (or not), then print
 * what the operation made — or the operation itself with {@code --no-wait}.
 */
public abstract class OperationCommand extends BaseCommand {

    /** The provider, after checking it offers {@code c} (exit 9 with its reason); with {@code dryRun} it prints curl lines. */
    protected Provider provider(Capability c, boolean dryRun) {
        Provider p = provider(dryRun);
        p.require(c);
        return p;
    }

    /** Runs {@code send}; null when it was a dry run (the curl line is already printed). */
    protected static <T> T sendOrDryRun(Supplier<T> send) {
        try {
            return send.get();
        } catch (DryRunStop stop) {
            return null;
        }
    }

    /**
     * Sends, waits unless {@code --no-wait}, then prints {@code result} of the finished operation ({@code null}
     * prints the finished operation itself). Returns the exit code.
     */
    protected <T> int sendAndPrint(Provider p, Supplier<Operation> send, WaitOptions wait,
                                   Function<Operation, T> result, Columns<T> columns) {
        Operation op = sendOrDryRun(send);
        if (op == null) {
            return 0;
        }
        if (wait.noWait) {
            out().single(op, Columns.OPERATION);
            return 0;
        }
        Operation done = Mutations.await(this, p, op, wait);
        if (result == null) {
            out().single(done, Columns.OPERATION);
        } else {
            out().single(result.apply(done), columns);
        }
        return 0;
    }

    /** As {@link #sendAndPrint(Provider, Supplier, WaitOptions, Function, Columns)}, printing the operation. */
    protected int sendAndPrint(Provider p, Supplier<Operation> send, WaitOptions wait) {
        return sendAndPrint(p, send, wait, null, Columns.OPERATION);
    }
}
