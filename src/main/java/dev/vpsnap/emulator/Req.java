package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A parsed request as seen by one provider API; {@link #path} is relative to the provider's prefix. */
final class Req {
    final String method;
    /** Full request path, including the provider prefix (e.g. {@code /core/v1/core/snapshots/5}). */
    final String fullPath;
    /** Path below the provider prefix (e.g. {@code /core/snapshots/5}). */
    final String path;
    final String rawQuery;
    final Map<String, List<String>> query;
    final Map<String, String> headers;
    final byte[] body;
    /** Values of the {name} placeholders of the matched route. */
    Map<String, String> params = Map.of();

    Req(String method, String fullPath, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        this.method = method;
        this.fullPath = fullPath;
        this.path = path;
        this.rawQuery = rawQuery;
        this.query = parseQuery(rawQuery);
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> { if (k != null && !v.isEmpty()) h.put(k, v.get(0)); });
        this.headers = Collections.unmodifiableMap(h);
        this.body = body == null ? new byte[0] : body;
    }

    String header(String name) {
        return headers.get(name);
    }

    /** First value of a query parameter, or null. */
    String query(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    String param(String name) {
        return params.get(name);
    }

    boolean hasBody() {
        for (byte b : body) if (!Character.isWhitespace(b)) return true;
        return false;
    }

    /** Parses the body as JSON; an empty body yields null. Throws IOException on malformed JSON. */
    JsonNode json() throws IOException {
        return hasBody() ? Json.parse(body) : null;
    }

    /** The absolute URL of this request with the given query string (used for DRF-style next/previous links). */
    String absoluteUrl(String newQuery) {
        String host = header("Host") == null ? "localhost" : header("Host");
        return "http://" + host + fullPath + (newQuery == null || newQuery.isEmpty() ? "" : "?" + newQuery);
    }

    private static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return q;
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            q.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return q;
    }
}
