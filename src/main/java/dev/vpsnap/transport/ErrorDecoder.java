package dev.vpsnap.transport;

import dev.vpsnap.common.Json;
import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a non-2xx response into one clear line and the contract's exit code. Knows every provider's error shape:
 * Hostinger {@code {message, errors:{field:[..]}, correlation_id}}, Flask-RESTX {@code {message, errors:{field:msg}}},
 * Django REST {@code {detail}} or {@code {field:[..]}}, Hyperstack {@code {status:false, message, error_reason}};
 * also HTML error pages, empty and truncated bodies. Bodies are summarised, never dumped.
 */
public final class ErrorDecoder {
    private static final int MAX_MESSAGE = 200;
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private ErrorDecoder() {
    }

    public static ExitCode exitCodeFor(int status) {
        if (status == 401 || status == 403) {
            return ExitCode.AUTH;
        }
        if (status == 404 || status == 410) {
            return ExitCode.NOT_FOUND;
        }
        if (status == 429 || status >= 500) {
            return ExitCode.UNAVAILABLE;
        }
        return ExitCode.REJECTED;
    }

    public static VpsnapException decode(String provider, int status, String contentType, String body) {
        String why = summarise(status, contentType, body);
        ExitCode code = exitCodeFor(status);
        String hint = switch (code) {
            case AUTH -> status == 401
                    ? "check the API key: --api-key-file, VPSNAP_API_KEY, the provider's variable, or the profile"
                    : "the key is valid but lacks permission for this action";
            case UNAVAILABLE -> "the provider is failing; try again later";
            default -> null;
        };
        if (code == ExitCode.UNAVAILABLE) {
            return new TransportException(why, provider, status, hint, false, null);
        }
        return new VpsnapException(code, why, provider, status, hint, null);
    }

    static String summarise(int status, String contentType, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            return reason(status);
        }
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (ct.contains("html") || text.startsWith("<")) {
            return html(status, text);
        }
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            String msg = fromJson(node);
            return msg == null || msg.isBlank() ? reason(status) : clip(msg);
        } catch (Exception e) {
            return reason(status) + " (unreadable error body)";
        }
    }

    private static String html(int status, String text) {
        for (Pattern p : List.of(TITLE, H1)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                String t = m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
                if (!t.isEmpty()) {
                    return clip(reason(status) + " (HTML error page: " + t + ")");
                }
            }
        }
        return reason(status) + " (HTML error page)";
    }

    static String fromJson(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            n.forEach(e -> parts.add(fromJson(e)));
            return String.join("; ", parts);
        }
        if (!n.isObject()) {
            return n.asText();
        }
        String message = text(n, "message");
        if (message == null) {
            message = text(n, "detail");
        }
        if (message == null) {
            message = text(n, "error");
        }
        if (message == null && n.path("error").isObject()) {
            message = fromJson(n.get("error"));
        }
        String reason = text(n, "error_reason");
        String fields = fieldErrors(n.has("errors") ? n.get("errors") : (message == null ? n : null), message);
        StringBuilder sb = new StringBuilder();
        if (message != null) {
            sb.append(message);
        }
        if (fields != null && (message == null || !message.contains(fields))) {
            sb.append(sb.length() > 0 ? ": " : "").append(fields);
        }
        if (reason != null && !reason.isBlank() && (message == null || !message.contains(reason))) {
            sb.append(sb.length() > 0 ? " [" + reason + "]" : reason);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Field errors as {@code field: text}; those the message already says are left out. */
    private static String fieldErrors(JsonNode errors, String message) {
        if (errors == null || !errors.isObject() || errors.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = errors.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String text = v.isArray() ? fromJson(v) : v.isValueNode() ? v.asText() : null;
            if (text != null && (message == null || !message.contains(text))) {
                parts.add(e.getKey() + ": " + text);
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank() ? v.asText() : null;
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= MAX_MESSAGE ? one : one.substring(0, MAX_MESSAGE - 1) + "…";
    }

    public static String reason(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 409 -> "conflict";
            case 422 -> "unprocessable request";
            case 429 -> "rate limited";
            case 500 -> "internal server error";
            case 502 -> "bad gateway";
            case 503 -> "service unavailable";
            case 504 -> "gateway timeout";
            default -> "HTTP " + status;
        };
    }
}
