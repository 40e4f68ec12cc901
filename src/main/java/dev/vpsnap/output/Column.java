package dev.vpsnap.output;

import java.util.function.Function;

/** One column of a table: header, how to read the value, and whether it shows only with {@code -o wide}. */
public record Column<T>(String header, Function<T, Object> value, boolean wideOnly) {

    public static <T> Column<T> of(String header, Function<T, Object> value) {
        return new Column<>(header, value, false);
    }

    public static <T> Column<T> wide(String header, Function<T, Object> value) {
        return new Column<>(header, value, true);
    }
}
