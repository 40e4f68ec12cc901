package dev.vpsnap.cli;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Failure;
import dev.vpsnap.model.Operation;
import dev.vpsnap.ops.OperationFailure;
import dev.vpsnap.ops.Resume;
import dev.vpsnap.ops.Verdict;
import dev.vpsnap.ops.Waiter;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.transport.DryRunStop;
import dev.vpsnap.transport.PlannedRequest;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one flow of every mutating command: confirm → send (or plan, under {@code --dry-run}) → wait → outcome → print.
 * <ul>
 * <li>confirm: destructive and billable commands say what will happen and ask on a terminal; without one they need
 *     {@code --yes} (exit 2, nothing sent). Nothing is asked under {@code --dry-run}.</li>
 * <li>plan: under {@code --dry-run} the transport sends no mutation; the requests it would have sent are printed as
 *     data through the Printer (curl lines, or a JSON/YAML document), exit 0.</li>
 * <li>wait: unless {@code --no-wait}, until the operation is terminal or the deadline; the {@link Verdict} of its last
 *     known state is the outcome (exit 7 failed, 6 deadline, the poll's code when polling failed), with the command
 *     that resumes it.</li>
 * <li>signals: SIGINT/SIGTERM while a request is unanswered or during the wait print what is known (operation ids
 *     and resume commands) and exit 130/143 ({@link Signals}).</li>
 * </ul>
 */
public final class Mutation {
    private final BaseCommand cmd;
    private final MutationOptions options;
    private volatile String sending;
    private volatile java.util.function.Consumer<Failure> known;

    public Mutation(BaseCommand cmd, MutationOptions options) {
        this.cmd = cmd;
        this.options = options;
    }

    /** A pipeline for a command that only has {@code --dry-run} (e.g. {@code schedule create}) or only waits. */
    public static Mutation of(BaseCommand cmd, boolean dryRun, java.time.Duration waitTimeout) {
        MutationOptions o = new MutationOptions();
        o.dryRun = dryRun;
        o.waitTimeout = waitTimeout;
        return new Mutation(cmd, o);
    }

    public boolean dryRun() {
        return options.dryRun;
    }

    public boolean noWait() {
        return options.noWait;
    }

    /** The provider (its transport plans instead of sending under {@code --dry-run}), after checking it offers {@code needs}. */
    public Provider provider(Capability... needs) {
        Provider p = cmd.session().provider(options.dryRun);
        for (Capability c : needs) {
            p.require(c);
        }
        return p;
    }

    /** Fails before anything is sent when no one can be asked and {@code --yes} is missing; nothing under --dry-run. */
    public void requireYes(String what) {
        if (!options.dryRun) {
            cmd.confirmer().requireYesOrTty(options.yes, what);
        }
    }

    /**
     * Says what will happen and asks on a terminal; without one demands {@code --yes} (exit 2, nothing sent).
     * {@code detail} (e.g. a GET for the size or the price) is appended only when a person is asked. Nothing is asked
     * under --dry-run.
     */
    public void confirm(String what, Supplier<String> detail, String consequence) {
        if (options.dryRun) {
            return;
        }
        cmd.confirmer().requireYesOrTty(options.yes, what);
        if (!options.yes) {
            cmd.confirmer().confirm(false, what + detail.get(), consequence);
        }
    }

    /** As {@link #confirm(String, Supplier, String)} with nothing to add. */
    public void confirm(String what, String consequence) {
        confirm(what, () -> "", consequence);
    }

    /** One operation: send, then print the operation ({@code --no-wait}) or, once it succeeded, the operation itself. */
    public int run(Supplier<Operation> send) {
        return run(send, op -> op, Columns.OPERATION);
    }

    /**
     * One operation: send, then print the operation ({@code --no-wait}) or, once it succeeded, {@code result} of the
     * finished operation. Returns the exit code (0; a failed wait throws its {@link OperationFailure}).
     */
    public <T> int run(Supplier<Operation> send, Function<Operation, T> result, Columns<T> columns) {
        Operation op = sendAndWait(send);
        if (op == null) {
            return printPlanned();
        }
        if (options.noWait) {
            printStarted(op);
        } else {
            cmd.out().single(result.apply(op), columns);
        }
        return 0;
    }

    /**
     * A started operation ({@code --no-wait}): the operation on stdout, and on stderr (a note: {@code -q} silences it)
     * the complete command that waits for it, pastable as printed.
     */
    public void printStarted(Operation op) {
        cmd.out().single(op, Columns.OPERATION);
        cmd.note("wait with: " + resume().command(op.id()));
    }

    /** After a multi-target {@code --no-wait}: how to wait for each started operation (its OPERATION column). */
    public void noteStarted(long started) {
        if (started > 0) {
            cmd.note("wait for each with: " + resume().command("OPERATION") + " (the OPERATION of its row)");
        }
    }

    /**
     * Sends and, unless {@code --no-wait}, waits: the started operation, or the succeeded one; null when it was
     * planned ({@code --dry-run}). A wait that ends without success throws its {@link OperationFailure}.
     */
    public Operation sendAndWait(Supplier<Operation> send) {
        Operation op = send(send);
        if (op == null || options.noWait) {
            return op;
        }
        return await(cmd.session().provider(false).operations(), op);
    }

    /** How one of several mutations ended: its operation (where there is one) and, when it did not succeed, why. */
    public record Attempt(Operation operation, Failure failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    /**
     * One of several mutations (each id of a delete, each deletion of a prune): {@link #sendAndWait}, its own failure
     * kept instead of thrown, with the operation where the wait ended without success (so it can be resumed). Only an
     * interrupt ends the run.
     */
    public Attempt attempt(Supplier<Operation> send) {
        try {
            return new Attempt(sendAndWait(send), null);
        } catch (OperationFailure f) {
            return new Attempt(f.operation(), Failure.of(f, cmd.session().scrub()));
        } catch (VpsnapException e) {
            if (e.exitCode() == ExitCode.INTERRUPTED) {
                throw e;
            }
            return new Attempt(null, Failure.of(e, cmd.session().scrub()));
        }
    }

    /** A mutation answered at once with its result (no operation): send, then print it. */
    public <T> int now(Supplier<T> send, Columns<T> columns) {
        T result = send(send);
        if (result == null) {
            return printPlanned();
        }
        cmd.out().single(result, columns);
        return 0;
    }

    /**
     * Sends one request: under {@code --dry-run} it is planned instead (null is returned); a signal while it is
     * unanswered says it may have been applied, and exits 130/143.
     */
    public <T> T send(Supplier<T> send) {
        sending = cmd.what();
        try (Signals ignored = Signals.install(this::interrupted)) {
            return send.get();
        } catch (DryRunStop planned) {
            return null;
        } finally {
            sending = null;
        }
    }

    /** Prints what {@code --dry-run} planned (curl lines, or a JSON/YAML document); exit 0. */
    public int printPlanned() {
        List<PlannedRequest> planned = cmd.session().dryRunSink().drain();
        StringBuilder text = new StringBuilder();
        planned.forEach(p -> text.append(p.curl()).append('\n'));
        cmd.out().document(planned, text.toString());
        return 0;
    }

    /** Waits for {@code op} (a signal prints it with its resume command); returns it once it succeeded. */
    public Operation await(OperationApi api, Operation op) {
        RootCommand root = cmd.root();
        ProgressListener progress = ProgressListener.of(root.environment().err(),
                root.environment().interactive() && !root.quiet, root.verbose || root.debugEnabled(),
                root.environment().env());
        try (Signals ignored = Signals.install(this::interrupted)) {
            return waiter().await(api, op, options.waitTimeout, progress);
        } finally {
            progress.close(); // stops the spinner's ticking
        }
    }

    /** The run's waiter, with its resume context and redactor. */
    public Waiter waiter() {
        return cmd.session().waiter().with(resume(), cmd.session().scrub());
    }

    /** What the resume command of this run must carry (see {@link Resume}). */
    private Resume resume() {
        return cmd.session().resumeContext();
    }

    /**
     * What a signal prints instead of the default (a multi-target command: one result per target, each with its
     * operation id), handed the interrupt's failure; the pipeline then exits with its code.
     */
    public void onInterrupt(java.util.function.Consumer<Failure> printer) {
        this.known = printer;
    }

    /** Runs {@code work} with the signal path installed (for work that is neither one send nor one wait). */
    public <T> T guarded(Supplier<T> work) {
        try (Signals ignored = Signals.install(this::interrupted)) {
            return work.get();
        }
    }

    /** On SIGINT/SIGTERM: what is known, as the error reporter would print it, then the signal's exit code. */
    private void interrupted(String signal, ExitCode code) {
        java.util.function.Consumer<Failure> printer = known;
        if (printer != null) {
            printer.accept(Failure.of(code, "interrupted (" + signal + ")", null, null));
            return;
        }
        String unanswered = sending;
        List<Operation> running = cmd.session().activeOperations().snapshot();
        Resume resume = resume();
        RootCommand root = cmd.root();
        if (unanswered != null || running.isEmpty()) {
            ErrorReporter.print(root, cmd.what(), Failure.of(code, "interrupted (" + signal + ") while the request was "
                    + "unanswered", null, "it may have been applied; check its state before retrying"));
            return;
        }
        for (Operation op : running) {
            if (!root.quiet) {
                cmd.out().single(op, Columns.OPERATION);
            }
            ErrorReporter.print(root, cmd.what(), Failure.of(code, "interrupted (" + signal + ") while waiting for "
                    + op.kind() + " (operation " + op.id() + ", still " + op.status() + ")", op.provider(),
                    resume.hint(op.id())));
        }
    }
}
