package dev.vpsnap.provider.core;

import dev.vpsnap.error.VpsnapException;

/** Core ids ({@code vm_id}, snapshot {@code id}) are integers in the spec: anything else is refused before sending. */
final class CoreIds {
    private CoreIds() {
    }

    static String require(String what, String value) {
        if (value == null || value.isBlank()) {
            throw VpsnapException.usage("core needs a " + what);
        }
        String v = value.strip();
        if (!v.matches("\\d{1,18}")) {
            throw VpsnapException.usage("core " + what + "s are whole numbers, not '" + clip(v) + "'");
        }
        return v;
    }

    /** One short line of user input for a message. */
    static String clip(String s) {
        if (s == null) {
            return "null";
        }
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 40 ? one : one.substring(0, 39) + "…";
    }
}
