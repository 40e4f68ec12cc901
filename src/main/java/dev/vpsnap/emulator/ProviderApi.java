package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Base of the four provider emulations. A subclass declares its routes on {@link #router}, its auth check and its
 * error style ({@link #error}); this class supplies dispatching (auth, 404, 405) and shared helpers. Every entry
 * point runs under the emulator's state lock, after {@link #settle} has applied due asynchronous transitions.
 */
abstract class ProviderApi {
    protected final Sim sim;
    protected final Router router;

    ProviderApi(Sim sim, boolean ignoreTrailingSlash) {
        this.sim = sim;
        // quirk strict-slashes: Flask, Laravel and DRF route exactly; a slash more or less is 404
        this.router = new Router(ignoreTrailingSlash && !sim.has(Quirk.STRICT_SLASHES));
    }

    /** Provider id as used by {@link Emulator#baseUrl(String)}. */
    abstract String id();

    /** Path prefix under which the provider is served, e.g. {@code /hivelocity/api/v2}. */
    abstract String prefix();

    abstract boolean authorized(Req req);

    abstract Resp unauthorized(Req req);

    /** A generic error response in the provider's style. */
    abstract Resp error(Req req, int status, String message);

    /** Applies asynchronous transitions that are due at {@code now}; returns true if the state changed. */
    abstract boolean settle(Instant now);

    /**
     * Adds {@code servers} demo servers (and a few snapshots) to a fresh state: the first three are the documented
     * web-01, db-01 and worker-01; any more ({@code --demo-servers N}) are running copies of web-01 named
     * {@code demo-004}, {@code demo-005}, … without snapshots.
     */
    abstract void seedDemo(Random rnd, Instant now, int servers);

    private static final String[] DEMO_NAMES = {"web-01", "db-01", "worker-01"};

    private Random extraDemo;

    /** The shared random for the documented three demo servers (so their ids never move), another for extra ones. */
    Random demoRandom(Random shared, int i) {
        if (i < DEMO_NAMES.length) return shared;
        if (extraDemo == null) extraDemo = new Random(sim.state.seed + 1);
        return extraDemo;
    }

    /** The name of demo server {@code i} (0-based). */
    static String demoName(int i) {
        return i < DEMO_NAMES.length ? DEMO_NAMES[i] : String.format("demo-%03d", i + 1);
    }

    /** Which of the three documented demo servers server {@code i} is modelled on: extra ones copy web-01. */
    static int demoModel(int i) {
        return i < DEMO_NAMES.length ? i : 0;
    }

    Resp routeNotFound(Req req) {
        return error(req, 404, "Not found");
    }

    Resp methodNotAllowed(Req req, Set<String> allowed) {
        return error(req, 405, "The method is not allowed for the requested URL.").withHeader("Allow", String.join(", ", allowed));
    }

    Resp tooManyRequests(Req req, long retryAfterSeconds) {
        return error(req, 429, "Too Many Requests").withHeader("Retry-After", Long.toString(retryAfterSeconds));
    }

    /** A provider's own throttling rule (a quirk), checked before the request is handled: null admits it. */
    Resp throttle(Req req) {
        return null;
    }

    Resp badJson(Req req) {
        return error(req, 400, "The browser (or proxy) sent a request that this server could not understand.");
    }

    /** Response for an injected fault status (scripted or random). */
    Resp faultResponse(Req req, int status) {
        if (status == 429) return tooManyRequests(req, 1);
        return error(req, status, reason(status));
    }

    /** Auth check, route lookup (404/405) and handler invocation. */
    final Resp dispatch(Req req) throws Exception {
        if (!authorized(req)) return unauthorized(req);
        Router.Result r = router.find(req.method, req.path);
        if (!r.found()) return r.pathExists() ? methodNotAllowed(req, r.allowed()) : routeNotFound(req);
        req.params = r.params();
        try {
            return r.handler().handle(req);
        } catch (ApiException e) {
            return e.resp;
        }
    }

    // ---- helpers for subclasses ---------------------------------------------------------------------------

    /** Abort the handler with the given response. */
    static ApiException fail(Resp resp) {
        return new ApiException(resp);
    }

    /** The JSON body, null when empty; malformed JSON aborts with {@link #badJson}. */
    JsonNode jsonBody(Req req) {
        try {
            return req.json();
        } catch (IOException e) {
            throw fail(badJson(req));
        }
    }

    /** An integer path parameter; a non-integer aborts with {@link #routeNotFound} (like a typed route converter). */
    long pathLong(Req req, String name) {
        Long v = Fields.parseLong(req.param(name));
        if (v == null) throw fail(routeNotFound(req));
        return v;
    }

    /** Entities {@code [from, to)} of one 1-based page. */
    static <T> List<T> page(List<T> all, int page, int size) {
        int from = (int) Math.min(all.size(), (long) (page - 1) * size);
        int to = (int) Math.min(all.size(), (long) from + size);
        return all.subList(from, to);
    }

    boolean checkHeader(Req req, String header, String expected) {
        String v = req.header(header);
        return v != null && v.trim().equals(expected);
    }

    boolean checkBearer(Req req, String expectedToken) {
        String v = req.header("Authorization");
        if (v == null) return false;
        v = v.trim();
        return v.regionMatches(true, 0, "Bearer ", 0, 7) && v.substring(7).trim().equals(expectedToken);
    }

    static String reason(int status) {
        switch (status) {
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            case 409: return "Conflict";
            case 422: return "Unprocessable Entity";
            case 429: return "Too Many Requests";
            case 500: return "Internal Server Error";
            case 502: return "Bad Gateway";
            case 503: return "Service Unavailable";
            case 504: return "Gateway Timeout";
            default: return "HTTP " + status;
        }
    }
}
