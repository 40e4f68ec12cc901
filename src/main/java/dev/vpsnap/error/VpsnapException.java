package dev.vpsnap.error;

/**
 * Every failure a user should see as one line: what failed, why, and the exit code of the contract.
 * Provider and HTTP status are optional context appended by the reporter as {@code (provider, HTTP 404)}.
 */
public class VpsnapException extends RuntimeException {
    private final ExitCode exitCode;
    private final String provider;
    private final Integer httpStatus;
    private final String hint;

    public VpsnapException(ExitCode exitCode, String message) {
        this(exitCode, message, null, null, null, null);
    }

    public VpsnapException(ExitCode exitCode, String message, String provider, Integer httpStatus, String hint, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.provider = provider;
        this.httpStatus = httpStatus;
        this.hint = hint;
    }

    public static VpsnapException usage(String message) {
        return new VpsnapException(ExitCode.USAGE, message);
    }

    public static VpsnapException unsupported(String provider, String what) {
        return new VpsnapException(ExitCode.UNSUPPORTED, what, provider, null, null, null);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public String provider() {
        return provider;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public String hint() {
        return hint;
    }
}
