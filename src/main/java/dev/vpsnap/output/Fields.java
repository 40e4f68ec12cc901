package dev.vpsnap.output;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.common.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON field names of a resource, as the one ObjectMapper writes them: what {@code -o columns=} and {@code --sort}
 * take, matched case-insensitively.
 */
public final class Fields {
    private static final Map<Class<?>, List<String>> CACHE = new ConcurrentHashMap<>();

    private Fields() {
    }

    public static List<String> of(Class<?> type) {
        return CACHE.computeIfAbsent(type, t -> {
            BeanDescription d = Json.MAPPER.getSerializationConfig().introspect(Json.MAPPER.constructType(t));
            return d.findProperties().stream().map(BeanPropertyDefinition::getName).toList();
        });
    }

    /**
     * {@code name} as spelled in {@code valid} (case-insensitive), else exit 2 listing the valid ones. An empty
     * {@code valid} (nothing known to check against) takes the name as given.
     */
    public static String canonical(String name, Collection<String> valid, String option) {
        String n = name.strip();
        if (valid.isEmpty()) {
            return n;
        }
        for (String v : valid) {
            if (v.equalsIgnoreCase(n)) {
                return v;
            }
        }
        throw VpsnapException.usage(option + ": unknown field '" + n + "' (valid: " + String.join(", ", valid) + ")");
    }

    /** A table header for a field: {@code serverId} → {@code SERVER ID}. */
    public static String header(String field) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (char c : field.toCharArray()) {
            if (Character.isUpperCase(c) && w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
            w.append(c);
        }
        words.add(w.toString());
        return String.join(" ", words).toUpperCase(Locale.ROOT);
    }
}
