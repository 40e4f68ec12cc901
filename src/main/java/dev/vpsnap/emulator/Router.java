package dev.vpsnap.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps (method, path template) to handlers. Templates use {@code {name}} placeholders for one path segment,
 * e.g. {@code /vps/snapshot/{snapshotId}}. Adding an endpoint is one {@link #route} call.
 */
final class Router {

    @FunctionalInterface
    interface Handler {
        Resp handle(Req req) throws Exception;
    }

    private record Route(String method, String template, Pattern pattern, List<String> names, Handler handler) {}

    /** Outcome of a lookup: a handler with its path parameters, or the set of methods the path does allow. */
    record Result(Handler handler, Map<String, String> params, Set<String> allowed) {
        boolean found() { return handler != null; }
        boolean pathExists() { return !allowed.isEmpty(); }
    }

    private final List<Route> routes = new ArrayList<>();
    private final boolean ignoreTrailingSlash;

    /**
     * @param ignoreTrailingSlash true: {@code /a/b} and {@code /a/b/} are the same route (Hivelocity, Hostinger, core);
     *                            false: templates must match exactly (vps.org, whose paths all end with a slash)
     */
    Router(boolean ignoreTrailingSlash) {
        this.ignoreTrailingSlash = ignoreTrailingSlash;
    }

    Router route(String method, String template, Handler handler) {
        List<String> names = new ArrayList<>();
        StringBuilder rx = new StringBuilder();
        Matcher m = Pattern.compile("\\{([^}/]+)}").matcher(normalise(template));
        int last = 0;
        while (m.find()) {
            rx.append(Pattern.quote(normalise(template).substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        rx.append(Pattern.quote(normalise(template).substring(last)));
        routes.add(new Route(method, template, Pattern.compile(rx.toString()), names, handler));
        return this;
    }

    Result find(String method, String path) {
        String p = normalise(path);
        Set<String> allowed = new TreeSet<>();
        for (Route r : routes) {
            Matcher m = r.pattern.matcher(p);
            if (!m.matches()) continue;
            allowed.add(r.method);
            if (r.method.equals(method)) {
                Map<String, String> params = new LinkedHashMap<>();
                for (int i = 0; i < r.names.size(); i++) params.put(r.names.get(i), m.group(i + 1));
                return new Result(r.handler, params, allowed);
            }
        }
        return new Result(null, Map.of(), allowed);
    }

    private String normalise(String path) {
        if (ignoreTrailingSlash && path.length() > 1 && path.endsWith("/")) return path.substring(0, path.length() - 1);
        return path;
    }
}
