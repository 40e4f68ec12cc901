package dev.vpsnap.config;

import dev.vpsnap.error.VpsnapException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The value rules of profiles and of the flags that override them. Every violation is a usage error (exit 2) whose
 * message says where the value came from ({@code where}: "--endpoint", "[profiles.gpu] in /x/config.toml", ...).
 */
public final class ConfigRules {
    /** The {@code -o} formats of cli.md; a profile's {@code output} must be one of them. */
    public static final List<String> OUTPUT_FORMATS = List.of("table", "wide", "json", "yaml", "csv", "ids");

    private static final Pattern PROFILE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private ConfigRules() {
    }

    /** Profile names are TOML bare keys: letters, digits, {@code -} and {@code _} (so {@code [profiles.NAME]} needs no quoting). */
    public static String checkProfileName(String name, String where) {
        if (name == null || !PROFILE_NAME.matcher(name).matches()) {
            throw VpsnapException.usage(prefix(where) + "invalid profile name '" + name
                    + "': use 1-64 letters, digits, '-' or '_'");
        }
        return name;
    }

    public static String checkProvider(String id, Set<String> known, String where) {
        if (!known.contains(id)) {
            String hint = suggest(id, known);
            throw VpsnapException.usage(prefix(where) + "unknown provider '" + id + "' (expected one of: "
                    + String.join(", ", known) + ")" + (hint == null ? "" : "; did you mean '" + hint + "'?"));
        }
        return id;
    }

    /**
     * An absolute {@code http}/{@code https} URL with a host and no user-info (credentials embedded in a URL would end up in
     * logs; such a value is not echoed back). Whether plain http is allowed (loopback only) is the transport's decision.
     */
    public static String checkEndpoint(String value, String where) {
        URI uri;
        // echoed without query, fragment and user info: a token typed into the URL must not reach stderr or a log
        String shown = value.replaceAll("[?#].*$", "?…").replaceAll("//[^/]*@", "//…@");
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw VpsnapException.usage(prefix(where) + "endpoint '" + shown + "' is not a URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw VpsnapException.usage(prefix(where) + "endpoint must not embed credentials (user:password@); use the credential chain");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw VpsnapException.usage(prefix(where) + "endpoint '" + shown + "' is not an http(s) URL (e.g. https://api.example.com/v1)");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw VpsnapException.usage(prefix(where) + "endpoint '" + shown + "' must be a base URL without ?query or #fragment");
        }
        return value;
    }

    public static Long checkClientId(Long value, String where) {
        if (value != null && value <= 0) {
            throw VpsnapException.usage(prefix(where) + "client_id must be a positive integer, not " + value);
        }
        return value;
    }

    public static String checkOutput(String value, String where) {
        if (value != null && !OUTPUT_FORMATS.contains(value)) {
            throw VpsnapException.usage(prefix(where) + "output '" + value + "' is not one of " + String.join(", ", OUTPUT_FORMATS));
        }
        return value;
    }

    /** Every rule a stored profile must satisfy; provider membership only when {@code knownProviders} is non-null. */
    public static Profile checkProfile(Profile p, Set<String> knownProviders, String where) {
        checkProfileName(p.name(), where);
        if (p.provider() == null) {
            throw VpsnapException.usage(prefix(where) + "profile '" + p.name() + "' has no provider");
        }
        if (knownProviders != null) {
            checkProvider(p.provider(), knownProviders, where);
        }
        if (p.endpoint() != null) {
            checkEndpoint(p.endpoint(), where);
        }
        checkClientId(p.clientId(), where);
        checkOutput(p.output(), where);
        notBlank(p.facilityCode(), Profile.FACILITY_CODE, where);
        notBlank(p.apiKeyEnv(), Profile.API_KEY_ENV, where);
        notBlank(p.apiKeyCommand(), Profile.API_KEY_COMMAND, where);
        return p;
    }

    private static void notBlank(String value, String key, String where) {
        if (value != null && value.isBlank()) {
            throw VpsnapException.usage(prefix(where) + key + " is empty");
        }
    }

    /** The closest candidate within edit distance 2, or null: for "did you mean" in error messages. */
    static String suggest(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String c : candidates) {
            int d = distance(wrong.toLowerCase(Locale.ROOT), c);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String prefix(String where) {
        return where == null || where.isEmpty() ? "" : where + ": ";
    }
}
