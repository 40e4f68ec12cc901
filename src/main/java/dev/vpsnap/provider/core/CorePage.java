package dev.vpsnap.provider.core;

import java.util.List;

/**
 * One page of a core list response {@code {status, message, <items>, count, page, page_size}}. {@code count} is read as
 * the total number of matches (the spec does not say; this is the usual meaning beside {@code page}/{@code page_size}).
 */
public record CorePage<T>(List<T> items, Integer count, Integer page, Integer pageSize) {
    public CorePage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
