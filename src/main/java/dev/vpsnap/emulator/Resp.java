package dev.vpsnap.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP response produced by a provider API: status, extra headers and an (optional) JSON body. */
record Resp(int status, Map<String, String> headers, byte[] body) {

    static Resp json(int status, Object body) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        return new Resp(status, h, Json.bytes(body));
    }

    /** A response without a body (e.g. 204). */
    static Resp empty(int status) {
        return new Resp(status, new LinkedHashMap<>(), new byte[0]);
    }

    Resp withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Resp(status, h, body);
    }
}
