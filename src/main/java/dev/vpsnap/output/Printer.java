package dev.vpsnap.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.vpsnap.transport.Json;
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

    public Printer(PrintWriter out, OutputFormat format, boolean noHeaders, boolean quiet) {
        this.out = out;
        this.format = format;
        this.noHeaders = noHeaders;
        this.quiet = quiet;
    }

    public OutputFormat format() {
        return format;
    }

    public <T> void list(List<T> items, Columns<T> columns) {
        if (quiet || format == OutputFormat.IDS) {
            items.forEach(i -> line(cell(columns.id().apply(i))));
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
        if (quiet || format == OutputFormat.IDS) {
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
        if (format == OutputFormat.JSON) {
            json(data, false);
        } else if (format == OutputFormat.YAML) {
            yaml(data);
        } else if (!quiet) {
            out.print(text);
        }
        out.flush();
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
            YAMLFactory f = YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
            try (JsonGenerator g = f.createGenerator(out)) {
                Json.MAPPER.writeTree(g, tree);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> void csv(List<T> items, Columns<T> columns) {
        if (!noHeaders) {
            line(String.join(",", columns.all().stream().map(c -> csvCell(c.header())).toList()));
        }
        for (T item : items) {
            List<String> cells = new ArrayList<>();
            for (Column<T> c : columns.all()) {
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
        if (!noHeaders) {
            rows.add(cols.stream().map(Column::header).toArray(String[]::new));
        }
        for (T item : items) {
            rows.add(cols.stream().map(c -> {
                String v = cell(c.value().apply(item));
                return v == null || v.isEmpty() ? "-" : v.replaceAll("[\\r\\n\\t]+", " ");
            }).toArray(String[]::new));
        }
        int[] widths = new int[cols.size()];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                sb.append(r[i]);
                if (i < r.length - 1) {
                    sb.append(" ".repeat(widths[i] - r[i].length() + 2));
                }
            }
            line(sb.toString());
        }
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
