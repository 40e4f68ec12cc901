package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Provider-neutral validation of JSON request bodies against a list of field rules. Each provider renders the
 * resulting {@link Violation}s in its own error style.
 */
final class Fields {

    enum Type {
        STRING("string"), INTEGER("integer"), BOOLEAN("boolean"), STRING_ARRAY("array"), INTEGER_ARRAY("array"),
        /** Integer, or a string holding an integer (DRF's IntegerField accepts both). */
        LENIENT_INTEGER("integer");

        final String jsonName;

        Type(String jsonName) { this.jsonName = jsonName; }
    }

    record Rule(String name, Type type, boolean required) {}

    /** A failed rule: {@code missing} true = absent/null required field, false = present with the wrong type. */
    record Violation(String field, Type expected, boolean missing, JsonNode actual) {}

    private Fields() {}

    static Rule required(String name, Type type) { return new Rule(name, type, true); }

    static Rule optional(String name, Type type) { return new Rule(name, type, false); }

    /** Checks {@code body} (null or non-object = every required field missing) against the rules, in rule order. */
    static List<Violation> check(JsonNode body, Rule... rules) {
        List<Violation> out = new ArrayList<>();
        for (Rule r : rules) {
            JsonNode v = body != null && body.isObject() ? body.get(r.name()) : null;
            if (v == null || v.isNull()) {
                if (r.required()) out.add(new Violation(r.name(), r.type(), true, v));
            } else if (!matches(v, r.type())) {
                out.add(new Violation(r.name(), r.type(), false, v));
            }
        }
        return out;
    }

    private static boolean matches(JsonNode v, Type t) {
        switch (t) {
            case STRING: return v.isTextual();
            case INTEGER: return v.isIntegralNumber();
            case BOOLEAN: return v.isBoolean();
            case STRING_ARRAY:
                if (!v.isArray()) return false;
                for (JsonNode e : v) if (!e.isTextual()) return false;
                return true;
            case INTEGER_ARRAY:
                if (!v.isArray()) return false;
                for (JsonNode e : v) if (!e.isIntegralNumber()) return false;
                return true;
            case LENIENT_INTEGER: return v.isIntegralNumber() || (v.isTextual() && v.asText().trim().matches("-?\\d{1,18}"));
            default: throw new IllegalStateException(t.name());
        }
    }

    /** Text of a field, or null. */
    static String text(JsonNode body, String name) {
        JsonNode v = body == null ? null : body.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Integer parse of a path/query value; null when absent or not an integer. */
    static Long parseLong(String s) {
        if (s == null) return null;
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
