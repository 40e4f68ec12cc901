package dev.vpsnap.provider.hivelocity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.common.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's {@code metaData}: "key value arguments used to trigger the task", one string whose syntax the spec does not
 * give. Read as a JSON object when it is one, else as {@code key: value} / {@code key=value} pairs, which also covers
 * a Python dict repr ({@code {'volumeId': '7', 'name': 'x'}}) and a query string. Used only when an operation id
 * does not carry a create's volume and name (a bare task id).
 */
final class TaskMetaData {
    private static final Pattern PAIR = Pattern.compile(
            "['\"]?([A-Za-z_][A-Za-z0-9_]*)['\"]?\\s*[:=]\\s*(?:'([^']*)'|\"([^\"]*)\"|([^,;&}\\s]+))");

    private TaskMetaData() {
    }

    static Map<String, String> parse(String metaData) {
        Map<String, String> out = new LinkedHashMap<>();
        if (metaData == null || metaData.isBlank()) {
            return out;
        }
        JsonNode json = json(metaData);
        if (json != null && json.isObject()) {
            json.fields().forEachRemaining(e -> {
                if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                    out.put(e.getKey(), e.getValue().asText());
                }
            });
            return out;
        }
        Matcher m = PAIR.matcher(metaData);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            out.putIfAbsent(m.group(1), value);
        }
        return out;
    }

    private static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
