package dev.vpsnap.transport;

import dev.vpsnap.common.Secret;
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
        if (s != null) {
            add(s.reveal());
        }
    }

    private void add(String value) {
        if (value != null && value.length() >= 4 && !secrets.contains(value)) {
            secrets.add(value);
            secrets.sort(java.util.Comparator.comparingInt(String::length).reversed()); // the whole URL before its token
        }
    }

    /**
     * A URL that is itself a credential ({@code --ping}: healthchecks-style URLs carry the check's token): the URL as
     * given and normalised, with and without a trailing slash, and each path segment and query value of 8 or more
     * characters (the token alone, e.g. in an error message).
     */
    public void addUrl(String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        add(url);
        add(url.replaceAll("/+$", ""));
        okhttp3.HttpUrl u = okhttp3.HttpUrl.parse(url.strip());
        if (u == null) {
            return;
        }
        add(u.toString());
        add(u.toString().replaceAll("/+$", ""));
        for (String seg : u.pathSegments()) {
            if (seg.length() >= 8) {
                add(seg);
            }
        }
        for (String name : u.queryParameterNames()) {
            for (String v : u.queryParameterValues(name)) {
                if (v != null && v.length() >= 8) {
                    add(v);
                }
            }
        }
        if (!u.encodedPassword().isEmpty()) {
            add(u.password());
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
