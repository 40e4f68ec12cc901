package dev.vpsnap.cli;

import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.ops.Durations;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Deadlines and timeouts are parsed and bounded while the command line is read, so a typo ({@code 30mins}) or an
 * overflowing value is exit 2 before any request is sent — never after the mutation it was meant to bound.
 */
public abstract class BoundedDuration implements ITypeConverter<Duration> {
    private final Duration min;
    private final Duration max;

    BoundedDuration(Duration min, Duration max) {
        this.min = min;
        this.max = max;
    }

    @Override
    public Duration convert(String value) {
        try {
            return Durations.parse(value, min, max);
        } catch (VpsnapException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** {@code --wait-timeout}: a deadline of 1 s to 7 days. */
    public static final class WaitTimeout extends BoundedDuration {
        public WaitTimeout() {
            super(Duration.ofSeconds(1), Duration.ofDays(7));
        }
    }

    /** {@code --request-timeout}: 1 s to 1 h per HTTP request ({@code 0s} would mean no timeout at all in OkHttp). */
    public static final class RequestTimeout extends BoundedDuration {
        public RequestTimeout() {
            super(Duration.ofSeconds(1), Duration.ofHours(1));
        }
    }
}
