package dev.vpsnap.output;

import java.util.Locale;

/** {@code -o}: how data is written to stdout. */
public enum OutputFormat {
    TABLE, WIDE, JSON, YAML, CSV, IDS;

    public static OutputFormat parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw dev.vpsnap.error.VpsnapException.usage("unknown output format '" + s + "' (expected table, wide, json, yaml, csv or ids)");
        }
    }

    public boolean structured() {
        return this == JSON || this == YAML;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
