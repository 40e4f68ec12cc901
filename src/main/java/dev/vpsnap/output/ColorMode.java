package dev.vpsnap.output;

import java.util.Locale;

/** {@code --color WHEN}: any other value is a usage error (exit 2). */
public enum ColorMode {
    AUTO, ALWAYS, NEVER;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
