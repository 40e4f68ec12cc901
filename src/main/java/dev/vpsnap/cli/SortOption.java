package dev.vpsnap.cli;

import dev.vpsnap.output.Columns;
import dev.vpsnap.output.SortKey;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/** {@code --sort FIELD[:asc|desc]} of a list command; without it the list keeps its documented default order. */
public final class SortOption {
    @Option(names = "--sort", paramLabel = "FIELD[:asc|desc]",
            description = "Order by this JSON field, e.g. name or createdAt:desc (ties by id).")
    String sort;

    /** The order to apply to the fetched list, checked before anything is sent (an unknown field is exit 2). */
    public <T> UnaryOperator<List<T>> order(Columns<T> columns) {
        if (sort == null) {
            return UnaryOperator.identity();
        }
        SortKey key = SortKey.parse(sort, columns, Map.of());
        return key::sort;
    }
}
