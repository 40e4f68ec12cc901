package dev.vpsnap.output;

import java.time.Instant;
import java.util.function.Function;

/**
 * One column of a table: header, how to read the value, whether it shows only with {@code -o wide}, and whether it
 * shows only in tables ({@code table} and {@code wide}, never in csv: e.g. {@code AGE}, whose ISO time csv keeps).
 */
public record Column<T>(String header, Function<T, Object> value, boolean wideOnly, boolean tableOnly) {

    public Column(String header, Function<T, Object> value, boolean wideOnly) {
        this(header, value, wideOnly, false);
    }

    public static <T> Column<T> of(String header, Function<T, Object> value) {
        return new Column<>(header, value, false);
    }

    public static <T> Column<T> wide(String header, Function<T, Object> value) {
        return new Column<>(header, value, true);
    }

    /** {@code AGE}: how long ago {@code time} was ({@code 45s}, {@code 12m}, {@code 5h}, {@code 3d}), tables only. */
    public static <T> Column<T> age(Function<T, Instant> time) {
        return new Column<>("AGE", t -> new Age(time.apply(t)), false, true);
    }

    /** A cell of an {@link #age} column: the time it counts from, rendered against the printer's clock. */
    record Age(Instant since) {
    }
}
