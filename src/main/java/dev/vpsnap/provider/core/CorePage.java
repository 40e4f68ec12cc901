package dev.vpsnap.provider.core;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a core list response {@code {status, message, <items>, count, page, page_size}}. {@code count} is read as
 * the total number of matches (the spec does not say; this is the usual meaning beside {@code page}/{@code page_size}).
 */
public record CorePage<T>(List<T> items, Integer count, Integer page, Integer pageSize) {
    public CorePage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The same page with each item converted, so a long list keeps only the converted items (not both) in memory. */
    public <R> CorePage<R> map(Function<T, R> f) {
        return new CorePage<>(items.stream().map(f).toList(), count, page, pageSize);
    }
}
