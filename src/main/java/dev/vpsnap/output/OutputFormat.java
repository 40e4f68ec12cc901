package dev.vpsnap.output;

import dev.vpsnap.error.VpsnapException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code -o}: how data is written to stdout. {@code -o columns=FIELD,...} is a table of those JSON fields;
 * {@code -o table=...}, {@code -o wide=...} and {@code -o csv=...} pick the fields the same way.
 */
public enum OutputFormat {
    TABLE, WIDE, JSON, YAML, CSV, IDS;

    public static OutputFormat parse(String s) {
        String name = s.trim();
        int eq = name.indexOf('=');
        if (eq >= 0) {
            OutputFormat f = name.substring(0, eq).equalsIgnoreCase("columns") ? TABLE : parse(name.substring(0, eq));
            if (f != TABLE && f != WIDE && f != CSV) {
                throw VpsnapException.usage("-o " + f + " takes no field list (only columns=, table=, wide= and csv= do)");
            }
            columns(name);
            return f;
        }
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw VpsnapException.usage("unknown output format '" + s
                    + "' (expected table, wide, json, yaml, csv, ids or columns=FIELD,...)");
        }
    }

    /** The fields named after {@code =} in an {@code -o} value (none: the declared columns). */
    public static List<String> columns(String s) {
        if (s == null || s.indexOf('=') < 0) {
            return List.of();
        }
        List<String> fields = Arrays.stream(s.substring(s.indexOf('=') + 1).split(",")).map(String::strip).toList();
        if (fields.stream().anyMatch(String::isEmpty)) {
            throw VpsnapException.usage("-o " + s.trim() + ": expected FIELD,... (JSON field names, e.g. columns=id,name)");
        }
        return fields;
    }

    public boolean structured() {
        return this == JSON || this == YAML;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
