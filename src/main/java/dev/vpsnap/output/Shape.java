package dev.vpsnap.output;

import java.time.Clock;
import java.util.List;

/**
 * How a {@link Printer} shapes what it prints beyond {@code -o}: the fields of {@code -o columns=} (empty: the declared
 * columns), the {@code --query} (null: none), the clock {@code AGE} counts against, and whether tables are coloured.
 */
public record Shape(List<String> columns, Query query, Clock clock, boolean color) {

    public Shape {
        columns = List.copyOf(columns);
    }

    /** Declared columns, no query, no colour; ages against the system clock. */
    public static Shape plain() {
        return new Shape(List.of(), null, Clock.systemUTC(), false);
    }
}
