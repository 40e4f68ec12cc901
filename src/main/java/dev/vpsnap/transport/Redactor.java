package dev.vpsnap.transport;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The last line of defence for secrets: every line bound for stderr in verbose/debug mode passes through
 * {@link #scrub}, which replaces every known secret value and every credential header's value with {@code ****}.
 */
public final class Redactor {
    public static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "x-api-key", "api_key", "api-key",
            "cookie", "set-cookie", "proxy-authorization");
    private final List<String> secrets = new CopyOnWriteArrayList<>();

    public void add(Secret s) {
        if (s != null && s.reveal().length() >= 4) {
            secrets.add(s.reveal());
        }
    }

    public String scrub(String line) {
        if (line == null) {
            return null;
        }
        String out = line;
        for (String s : secrets) {
            out = out.replace(s, "****");
        }
        int colon = out.indexOf(':');
        if (colon > 0 && CREDENTIAL_HEADERS.contains(out.substring(0, colon).trim().toLowerCase(Locale.ROOT))) {
            out = out.substring(0, colon) + ": ****";
        }
        return out;
    }
}
