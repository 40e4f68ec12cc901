package dev.vpsnap.output;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.common.Json;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code --sort FIELD[:asc|desc]} (or {@code -FIELD} for descending): a list ordered by one of its JSON fields, as
 * JSON would show it (numbers as numbers, ISO times as times, digit strings such as ids by value, other text as text;
 * unknown values first when ascending), ties
 * broken by {@code id} so the order is stable.
 */
public record SortKey(String field, boolean descending) {

    /**
     * Parses and checks {@code text} against the resource's fields (case-insensitive; exit 2 listing them).
     * {@code aliases} maps older names a command already took (snapshot list's {@code created}) to fields.
     */
    public static SortKey parse(String text, Columns<?> columns, Map<String, String> aliases) {
        String t = text.strip();
        boolean desc = false;
        if (t.startsWith("-")) {
            desc = true;
            t = t.substring(1);
        }
        int colon = t.lastIndexOf(':');
        if (colon >= 0) {
            String dir = t.substring(colon + 1);
            if (!dir.equalsIgnoreCase("asc") && !dir.equalsIgnoreCase("desc")) {
                throw VpsnapException.usage("--sort " + text + ": the order is asc or desc, not '" + dir + "'");
            }
            desc = dir.equalsIgnoreCase("desc");
            t = t.substring(0, colon);
        }
        if (t.isBlank()) {
            throw VpsnapException.usage("--sort: expected FIELD[:asc|desc], e.g. name or createdAt:desc");
        }
        String field = aliases.getOrDefault(t, t);
        return new SortKey(Fields.canonical(field, columns.fields(), "--sort"), desc);
    }

    /** {@code items} in this order (a new list). */
    public <T> List<T> sort(List<T> items) {
        Comparator<Keyed<T>> byField = (a, b) -> compare(a.key, b.key);
        Comparator<Keyed<T>> order = (descending ? byField.reversed() : byField).thenComparing((a, b) -> compare(a.id, b.id));
        return items.stream().map(i -> {
            JsonNode tree = Json.MAPPER.valueToTree(i);
            return new Keyed<>(i, tree.get(field), tree.get("id"));
        }).sorted(order).map(k -> k.item).toList();
    }

    private record Keyed<T>(T item, JsonNode key, JsonNode id) {
    }

    /** An id of digits (compared as a number: 801 before 1000), compiled once: compare runs per pair of a sort. */
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    static int compare(JsonNode a, JsonNode b) {
        boolean an = a == null || a.isNull();
        boolean bn = b == null || b.isNull();
        if (an || bn) {
            return an == bn ? 0 : an ? -1 : 1;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        if (a.isBoolean() && b.isBoolean()) {
            return Boolean.compare(a.booleanValue(), b.booleanValue());
        }
        String x = a.isValueNode() ? a.asText() : a.toString();
        String y = b.isValueNode() ? b.asText() : b.toString();
        if (DIGITS.matcher(x).matches() && DIGITS.matcher(y).matches()) {
            return Long.compare(Long.parseLong(x), Long.parseLong(y)); // ids are strings of digits: 801 before 1000
        }
        Instant ix = instant(x);
        Instant iy = instant(y);
        return ix != null && iy != null ? ix.compareTo(iy) : x.compareTo(y);
    }

    private static Instant instant(String s) {
        if (s.length() < 20 || s.charAt(4) != '-' || s.charAt(10) != 'T') {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
