package dev.vpsnap.cli;

import dev.vpsnap.error.ExitCode;
import java.util.LinkedHashMap;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The one signal path of a mutation: SIGINT (Ctrl-C) and SIGTERM, while a request is unanswered or during a wait,
 * print what is known — each operation id with the command that resumes it, or that an unanswered request may have
 * been applied — and end the run with 130 (SIGINT) or 143 (SIGTERM). Installed for the mutation only; the previous
 * handlers come back on {@link #close()}.
 */
final class Signals implements AutoCloseable {
    /** Prints what is known at the moment of the signal, on the signal's thread. */
    @FunctionalInterface
    interface Report {
        void interrupted(String signal, ExitCode code);
    }

    private static final Map<String, ExitCode> CODES = Map.of("INT", ExitCode.INTERRUPTED, "TERM", ExitCode.TERMINATED);
    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

    private Signals() {
    }

    static Signals install(Report report) {
        Signals s = new Signals();
        CODES.forEach((name, code) -> {
            try {
                Signal signal = new Signal(name);
                s.previous.put(signal, Signal.handle(signal, sig -> {
                    try {
                        report.interrupted("SIG" + name, code);
                    } finally {
                        Runtime.getRuntime().halt(code.code());
                    }
                }));
            } catch (IllegalArgumentException | UnsupportedOperationException unavailable) {
                // this platform (or a JVM flag such as -Xrs) does not let us handle it: the JVM's default applies
            }
        });
        return s;
    }

    @Override
    public void close() {
        previous.forEach((signal, handler) -> {
            try {
                Signal.handle(signal, handler);
            } catch (IllegalArgumentException | UnsupportedOperationException ignored) {
                // nothing to restore
            }
        });
    }
}
