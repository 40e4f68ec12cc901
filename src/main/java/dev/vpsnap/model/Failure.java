package dev.vpsnap.model;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.util.function.UnaryOperator;

/**
 * Why something failed, as the user sees it: the contract's exit code, one line of message, the provider and HTTP
 * status where they are known, and a hint where one helps. The error reporter prints one for a single target; each
 * failed target of a multi-target command carries one ({@code "error":{…}}). Built through {@link #of} with the run's
 * redactor, so a secret never reaches a message or a hint.
 */
public record Failure(int exitCode, String message, String provider, Integer httpStatus, String hint) {

    /** {@code t} as a failure, every text passed through {@code scrub} (the redactor) and folded onto one line. */
    public static Failure of(Throwable t, UnaryOperator<String> scrub) {
        if (t instanceof VpsnapException v) {
            return new Failure(v.exitCode().code(), clean(v.getMessage(), scrub), v.provider(), v.httpStatus(),
                    v.hint() == null ? null : clean(v.hint(), scrub));
        }
        return new Failure(ExitCode.INTERNAL.code(), clean("internal error: " + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage()), scrub), null, null,
                "this is a bug; re-run with --debug and report it");
    }

    /** A failure of the given code with no provider context (e.g. a wait's deadline, a provider-reported failure). */
    public static Failure of(ExitCode code, String message, String provider, String hint) {
        return new Failure(code.code(), fold(message), provider, null, hint == null ? null : fold(hint));
    }

    /** The same failure with a message and hint passed through {@code scrub} once more. */
    public Failure scrubbed(UnaryOperator<String> scrub) {
        return new Failure(exitCode, clean(message, scrub), provider, httpStatus, hint == null ? null : clean(hint, scrub));
    }

    /** The same failure with {@code more} added to its hint. */
    public Failure withHint(String more) {
        return new Failure(exitCode, message, provider, httpStatus, hint == null ? fold(more) : hint + "; " + fold(more));
    }

    /** {@code (provider, HTTP 404)}, {@code (provider)} or nothing. */
    public String context() {
        return provider == null ? "" : httpStatus == null ? " (" + provider + ")" : " (" + provider + ", HTTP " + httpStatus + ")";
    }

    /** The message with its provider context, as a line would say it. */
    public String line() {
        return message + context();
    }

    public boolean timedOut() {
        return exitCode == ExitCode.TIMEOUT.code();
    }

    private static String clean(String s, UnaryOperator<String> scrub) {
        return fold(s == null ? "" : scrub.apply(s));
    }

    /** One line: CR/LF runs become one space; other control characters (ESC, BEL, …) are shown as {@code ?}. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").replaceAll("[\\p{Cntrl}&&[^\\t]]", "?").strip();
    }
}
