package dev.vpsnap.output;

import java.util.Locale;

/** Human-readable byte sizes for tables (JSON keeps exact bytes). */
public final class Sizes {
    private Sizes() {
    }

    public static String human(Long bytes) {
        if (bytes == null) {
            return null;
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
