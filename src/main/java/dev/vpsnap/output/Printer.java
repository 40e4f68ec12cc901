package dev.vpsnap.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import dev.vpsnap.common.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The only way commands write data to stdout. Lists are arrays (an empty list is {@code []}), single resources
 * objects; tables align columns declared once per resource in {@link Columns}.
 */
public final class Printer {
    private final PrintWriter out;
    private final OutputFormat format;
    private final boolean noHeaders;
    private final boolean quiet;
    private final Shape shape;

    public Printer(PrintWriter out, OutputFormat format, boolean noHeaders, boolean quiet) {
        this(out, format, noHeaders, quiet, Shape.plain());
    }

    /** With {@code -o columns=}, {@code --query}, the clock of {@code AGE} and colour ({@link Shape}). */
    public Printer(PrintWriter out, OutputFormat format, boolean noHeaders, boolean quiet, Shape shape) {
        this.out = out;
        this.format = format;
        this.noHeaders = noHeaders;
        this.quiet = quiet;
        this.shape = shape;
    }

    public OutputFormat format() {
        return format;
    }

    public <T> void list(List<T> items, Columns<T> columns) {
        if (shape.query() != null) {
            queried(items);
        } else if (quiet || format == OutputFormat.IDS) {
            items.forEach(i -> line(cell(columns.id().apply(i))));
        } else if (!shape.columns().isEmpty() && !format.structured()) {
            List<JsonNode> rows = items.stream().map(i -> (JsonNode) Json.MAPPER.valueToTree(i)).toList();
            List<String> valid = columns.fields().isEmpty() ? keys(rows) : columns.fields();
            rows(rows, valid);
        } else {
            switch (format) {
                case JSON -> json(items, true);
                case YAML -> yaml(items);
                case CSV -> csv(items, columns);
                default -> table(items, columns, format == OutputFormat.WIDE);
            }
        }
        out.flush();
    }

    public <T> void single(T item, Columns<T> columns) {
        if (shape.query() != null) {
            queried(item);
        } else if (quiet || format == OutputFormat.IDS) {
            line(cell(columns.id().apply(item)));
        } else if (format == OutputFormat.JSON) {
            json(item, false);
        } else if (format == OutputFormat.YAML) {
            yaml(item);
        } else {
            list(List.of(item), columns);
        }
        out.flush();
    }

    /** Arbitrary structured data (e.g. the capability matrix or a config view): JSON/YAML as is, else as given text. */
    public void document(Object data, String text) {
        if (shape.query() != null) {
            queried(data);
        } else if (format == OutputFormat.JSON) {
            json(data, false);
        } else if (format == OutputFormat.YAML) {
            yaml(data);
        } else if (!quiet) {
            out.print(text);
        }
        out.flush();
    }

    /**
     * {@code --query}: the expression's result over the JSON document, rendered by {@code -o}. In table, wide and csv
     * an array of objects is a table of their fields ({@code -o columns=} picks some), any other value one line per
     * element; {@code -o ids} prints each element's {@code id} (or the element itself when it is not an object).
     */
    private void queried(Object data) {
        JsonNode result = shape.query().apply(Json.MAPPER.valueToTree(data));
        List<JsonNode> elements = new ArrayList<>();
        if (result.isArray()) {
            result.forEach(elements::add);
        } else if (!result.isNull()) {
            elements.add(result);
        }
        if (quiet || format == OutputFormat.IDS) {
            elements.forEach(e -> line(text(e.isObject() && e.has("id") ? e.get("id") : e)));
        } else if (format == OutputFormat.JSON) {
            json(result, false);
        } else if (format == OutputFormat.YAML) {
            yaml(result);
        } else if (!elements.isEmpty() && elements.stream().allMatch(JsonNode::isObject)) {
            rows(elements, keys(elements));
        } else {
            elements.forEach(e -> line(text(e)));
        }
    }

    /** JSON objects as a table or csv of their fields: those of {@code -o columns=}, else all of {@code valid}. */
    private void rows(List<JsonNode> rows, List<String> valid) {
        List<String> fields = shape.columns().isEmpty() ? valid
                : shape.columns().stream().map(f -> Fields.canonical(f, valid, "-o columns")).toList();
        Columns<JsonNode> columns = new Columns<>(fields.stream()
                .map(f -> Column.<JsonNode>of(Fields.header(f), n -> text(n.get(f)))).toList());
        if (format == OutputFormat.CSV) {
            csv(rows, columns);
        } else {
            table(rows, columns, true);
        }
    }

    /** Every field name of these objects, in the order first seen. */
    private static List<String> keys(List<JsonNode> objects) {
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        objects.forEach(o -> o.fieldNames().forEachRemaining(keys::add));
        return new ArrayList<>(keys);
    }

    /** A JSON value as a cell: strings bare, null as unknown, objects and arrays as compact JSON. */
    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        return n.isValueNode() ? n.asText() : n.toString();
    }

    private void json(Object data, boolean streamList) {
        try {
            JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out);
            g.useDefaultPrettyPrinter();
            if (streamList && data instanceof List<?> l) {
                g.writeStartArray();
                for (Object o : l) {
                    Json.MAPPER.writeValue(g, o);
                }
                g.writeEndArray();
            } else {
                Json.MAPPER.writeValue(g, data);
            }
            g.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void yaml(Object data) {
        try {
            JsonNode tree = Json.MAPPER.valueToTree(data);
            // the same types as JSON: a string that reads as a number, boolean, null or (YAML 1.1) a timestamp is quoted
            YAMLFactory f = YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .stringQuotingChecker(new YamlQuoting()).build();
            try (JsonGenerator g = f.createGenerator(out)) {
                Json.MAPPER.writeTree(g, tree);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Jackson's quoting, and anything a YAML 1.1 reader could load as a number or timestamp: every value that starts
     * like a number ({@code 1.5e3}, {@code 0x1F}, {@code 12:30}, {@code 2025-01-15T18:30:00Z}, {@code .inf}).
     */
    private static final class YamlQuoting extends StringQuotingChecker.Default {
        private static final java.util.regex.Pattern NUMBERISH =
                java.util.regex.Pattern.compile("[-+]?\\.?[0-9].*|[-+]?\\.(inf|nan)", java.util.regex.Pattern.CASE_INSENSITIVE);

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || NUMBERISH.matcher(value).matches();
        }
    }

    private <T> void csv(List<T> items, Columns<T> columns) {
        List<Column<T>> cols = columns.all().stream().filter(c -> !c.tableOnly()).toList();
        if (!noHeaders) {
            line(String.join(",", cols.stream().map(c -> csvCell(c.header())).toList()));
        }
        for (T item : items) {
            List<String> cells = new ArrayList<>();
            for (Column<T> c : cols) {
                String v = cell(c.value().apply(item));
                cells.add(csvCell(v == null ? "" : v));
            }
            line(String.join(",", cells));
        }
    }

    private static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private <T> void table(List<T> items, Columns<T> columns, boolean wide) {
        List<Column<T>> cols = columns.all().stream().filter(c -> wide || !c.wideOnly()).toList();
        List<String[]> rows = new ArrayList<>();
        List<Object[]> raws = new ArrayList<>();
        if (!noHeaders) {
            rows.add(cols.stream().map(Column::header).toArray(String[]::new));
            raws.add(null);
        }
        for (T item : items) {
            Object[] raw = cols.stream().map(c -> aged(c.value().apply(item))).toArray();
            rows.add(java.util.Arrays.stream(raw).map(v -> {
                String t = cell(v);
                return t == null || t.isEmpty() ? "-" : t.replaceAll("[\\r\\n\\t]+", " ");
            }).toArray(String[]::new));
            raws.add(raw);
        }
        int[] widths = new int[cols.size()];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        for (int row = 0; row < rows.size(); row++) {
            String[] r = rows.get(row);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                boolean paint = shape.color() && raws.get(row) != null && PAINTED.contains(cols.get(i).header());
                sb.append(paint ? Ansi.status(raws.get(row)[i], r[i]) : r[i]);
                if (i < r.length - 1) {
                    sb.append(" ".repeat(widths[i] - r[i].length() + 2));
                }
            }
            line(sb.toString());
        }
    }

    /** The columns whose cells are coloured by what they say (with {@code --color}). */
    private static final java.util.Set<String> PAINTED = java.util.Set.of("STATUS", "OK");

    /** An {@code AGE} cell as text against the printer's clock; any other value as it is. */
    private Object aged(Object v) {
        if (v instanceof Column.Age a) {
            return a.since() == null ? null : Ages.format(java.time.Duration.between(a.since(), shape.clock().instant()));
        }
        return v;
    }

    private static String cell(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Instant i) {
            return i.toString();
        }
        return String.valueOf(v);
    }

    private void line(String s) {
        out.println(s == null ? "" : s);
    }
}
