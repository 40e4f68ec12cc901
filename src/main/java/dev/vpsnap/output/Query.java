package dev.vpsnap.output;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.error.VpsnapException;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.jackson.JacksonRuntime;

/**
 * {@code --query EXPR}: a JMESPath expression (jmespath.org), compiled before anything is sent and applied to the JSON
 * document a command prints, before {@code -o} renders it. A bad expression, or one that fails on the document (a
 * function given the wrong type), is exit 2.
 */
public final class Query {
    private static final JacksonRuntime RUNTIME = new JacksonRuntime();

    private final String text;
    private final Expression<JsonNode> expression;

    private Query(String text, Expression<JsonNode> expression) {
        this.text = text;
        this.expression = expression;
    }

    /** The compiled expression, or null when {@code text} is null (no {@code --query}). */
    public static Query compile(String text) {
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            throw VpsnapException.usage("--query: empty JMESPath expression");
        }
        try {
            return new Query(text, RUNTIME.compile(text));
        } catch (JmesPathException e) {
            throw VpsnapException.usage("--query: invalid JMESPath expression '" + text + "': " + oneLine(e.getMessage()));
        }
    }

    public JsonNode apply(JsonNode document) {
        try {
            return expression.search(document);
        } catch (JmesPathException e) {
            throw VpsnapException.usage("--query '" + text + "': " + oneLine(e.getMessage()));
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
