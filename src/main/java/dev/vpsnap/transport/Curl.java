package dev.vpsnap.transport;

import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;

/** Renders a request as a copy-pasteable curl line with the secret replaced by {@code $VPSNAP_API_KEY}. */
public final class Curl {
    private Curl() {
    }

    public static String line(String method, HttpUrl url, AuthStrategy auth, byte[] body) {
        StringBuilder sb = new StringBuilder("curl -sS -X ").append(method).append(' ').append(quote(url.toString()))
                .append(" -H 'Accept: application/json'")
                .append(" -H \"").append(auth.headerName()).append(": ").append(auth.placeholderValue()).append('"');
        if (body != null) {
            sb.append(" -H 'Content-Type: application/json' -d ")
                    .append(quote(new String(body, StandardCharsets.UTF_8)));
        }
        return sb.toString();
    }

    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
