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
    INTERRUPTED(130);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
