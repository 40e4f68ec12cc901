package dev.vpsnap.error;

/** The exit codes of the command-line contract ({@code docs/exit-codes.md}); named once, mapped once. */
public enum ExitCode {
    OK(0),
    INTERNAL(1),
    USAGE(2),
    AUTH(3),
    NOT_FOUND(4),
    REJECTED(5),
    TIMEOUT(6),
    OPERATION_FAILED(7),
    UNAVAILABLE(8),
    UNSUPPORTED(9),
    PARTIAL(10),
    GUARD(11),
    /** SIGINT (Ctrl-C): 128 + 2. */
    INTERRUPTED(130),
    /** SIGTERM (a supervisor, {@code timeout(1)}, a CI runner's cancel): 128 + 15; handled like SIGINT. */
    TERMINATED(143);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
