package dev.vpsnap.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stateful emulator of the four provider APIs (Hivelocity, Hostinger, vps.org, core/Hyperstack) on one loopback
 * port, each under its own prefix — see {@link #baseUrl(String)}. Credentials: {@link #apiKey(String)}.
 *
 * <p>Request pipeline: latency, scripted faults, rate limit (429 + Retry-After), random 5xx, then — under one lock —
 * reload of a state file changed by another process, settling of due asynchronous transitions, auth, routing,
 * the handler, and an atomic save of the state file after any non-GET request or transition.
 */
public final class Emulator implements AutoCloseable {

    private final EmulatorConfig cfg;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Sim sim;
    private final StateStore store;
    private final FaultPlan faults;
    private final List<ProviderApi> apis;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();
    private final Object lock = new Object();
    private volatile boolean closed;

    private Emulator(EmulatorConfig cfg) throws IOException {
        this.cfg = cfg;
        this.store = cfg.stateFile() == null ? null : new StateStore(cfg.stateFile());
        EmulatorState loaded = store == null ? null : store.load();
        this.sim = new Sim(cfg.clock(), cfg.asyncDelay(), cfg.seed(), loaded != null ? loaded : new EmulatorState());
        this.apis = List.of(new HivelocityApi(sim), new HostingerApi(sim), new VpsOrgApi(sim), new CoreApi(sim));
        if (loaded == null) {
            sim.state.seed = cfg.seed();
            if (cfg.demoData()) seedDemo();
            if (store != null) store.save(sim.state);
        }
        this.faults = new FaultPlan(cfg, cfg.clock());
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "vpsnap-emulator");
            t.setDaemon(true);
            return t;
        });
        this.server = HttpServer.create(new InetSocketAddress(cfg.host(), cfg.port()), 128);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts an emulator; the caller must {@link #close()} it. */
    public static Emulator start(EmulatorConfig cfg) throws IOException {
        return new Emulator(cfg);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Base URL to configure a provider client with: {@code hivelocity} → {@code http://HOST:PORT/hivelocity/api/v2},
     * {@code hostinger} → {@code /hostinger}, {@code vpsorg} → {@code /vpsorg/api/v1}, {@code core} → {@code /core/v1}.
     */
    public String baseUrl(String provider) {
        String host = cfg.host().equals("0.0.0.0") ? "127.0.0.1" : cfg.host();
        if (host.contains(":")) host = "[" + host + "]";
        return "http://" + host + ":" + port() + api(provider).prefix();
    }

    /**
     * The only credential the emulator accepts for a provider: {@code "sandbox-<provider>-key"}, i.e.
     * {@code sandbox-hivelocity-key} (X-API-KEY header), {@code sandbox-hostinger-key} (Bearer token),
     * {@code sandbox-vpsorg-key} (Bearer token), {@code sandbox-core-key} (api_key header).
     */
    public static String apiKey(String provider) {
        String p = provider == null ? "" : provider.toLowerCase(Locale.ROOT);
        if (!List.of("hivelocity", "hostinger", "vpsorg", "core").contains(p)) {
            throw new IllegalArgumentException("unknown provider: " + provider);
        }
        return "sandbox-" + p + "-key";
    }

    public FaultPlan faults() {
        return faults;
    }

    /** Total requests received (including faulted ones), not counting {@link #STATS_PATH}. */
    public int requestCount() {
        return requests.get();
    }

    /** Requests answered 429 by the rate limit ({@code --rate-limit}). */
    public int throttledCount() {
        return throttled.get();
    }

    /**
     * {@code GET /_emulator/stats} → {@code {"requests":N,"throttled":M}}: {@link #requestCount()} and
     * {@link #throttledCount()}, for benchmarks against a separate {@code emulator serve} process. Not counted itself,
     * no auth (loopback only, and it reveals no state).
     */
    public static final String STATS_PATH = "/_emulator/stats";

    /** Stops the server and flushes the state file. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        server.stop(0);
        executor.shutdownNow();
        if (store != null) {
            synchronized (lock) {
                try {
                    store.locked(() -> {
                        if (!store.changedOnDisk()) store.save(sim.state);
                        return null;
                    });
                } catch (Exception e) {
                    throw new UncheckedIOException("could not save emulator state to " + store.file(),
                            e instanceof IOException io ? io : new IOException(e));
                }
            }
        }
    }

    // ---- request pipeline ------------------------------------------------------------------------------

    private void handle(HttpExchange ex) {
        if (STATS_PATH.equals(ex.getRequestURI().getPath())) {
            try {
                write(ex, Resp.json(200, Json.obj("requests", requests.get(), "throttled", throttled.get())));
            } catch (IOException | RuntimeException ignored) {
                // client gone
            } finally {
                ex.close();
            }
            return;
        }
        requests.incrementAndGet();
        try {
            byte[] body = ex.getRequestBody().readAllBytes();
            URI uri = ex.getRequestURI();
            String fullPath = uri.getPath() == null ? "/" : uri.getPath();
            String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
            ProviderApi api = apiForPath(fullPath);
            if (api == null) {
                write(ex, Resp.json(404, Json.obj("message",
                        "No provider under this path; use /hivelocity/api/v2, /hostinger, /vpsorg/api/v1 or /core/v1")));
                return;
            }
            String rel = fullPath.substring(api.prefix().length());
            Req req = new Req(method, fullPath, rel.isEmpty() ? "/" : rel, uri.getRawQuery(), ex.getRequestHeaders(), body);

            Duration latency = faults.latency();
            if (!latency.isZero()) Thread.sleep(latency.toMillis(), latency.toNanosPart() % 1_000_000);

            FaultPlan.Scripted scripted = faults.takeScripted(method, fullPath);
            FaultPlan.Kind kind = scripted == null ? null : scripted.kind();
            if (kind == FaultPlan.Kind.DROP) {
                ex.close(); // no response headers sent yet: HttpServer closes the connection
                return;
            }
            if (kind == FaultPlan.Kind.FAIL) {
                write(ex, api.faultResponse(req, scripted.status()));
                return;
            }
            Duration wait = faults.acquireRateLimit(api.id());
            if (!wait.isZero()) {
                throttled.incrementAndGet();
                write(ex, api.tooManyRequests(req, RateLimiter.retryAfterSeconds(wait)));
                return;
            }
            int randomStatus = faults.randomFailure();
            if (randomStatus != 0) {
                write(ex, api.faultResponse(req, randomStatus));
                return;
            }
            Resp resp = process(api, req);
            if (kind == FaultPlan.Kind.FAIL_AFTER_APPLY) resp = api.faultResponse(req, scripted.status());
            if (kind == FaultPlan.Kind.TRUNCATE) writeTruncated(ex, resp);
            else write(ex, resp);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            try {
                write(ex, Resp.json(500, Json.obj("message", "emulator error: " + e)));
            } catch (IOException | RuntimeException ignored) {
                // response already started or connection gone
            }
        } finally {
            ex.close();
        }
    }

    private Resp process(ProviderApi api, Req req) throws Exception {
        synchronized (lock) {
            if (store == null) {
                api.settle(sim.now());
                return api.dispatch(req);
            }
            // load, change and save under the file's lock: another process's update is read before ours is made
            return store.locked(() -> {
                if (store.changedOnDisk()) {
                    EmulatorState fresh = store.load();
                    if (fresh != null) sim.state = fresh;
                }
                boolean changed = api.settle(sim.now());
                Resp resp = api.dispatch(req);
                if (changed || !req.method.equals("GET")) store.save(sim.state);
                return resp;
            });
        }
    }

    private void seedDemo() {
        Instant now = sim.now();
        Random rnd = new Random(cfg.seed());
        for (ProviderApi api : apis) api.seedDemo(rnd, now, cfg.demoServers());
    }

    private ProviderApi apiForPath(String path) {
        for (ProviderApi a : apis) {
            if (path.equals(a.prefix()) || path.startsWith(a.prefix() + "/")) return a;
        }
        return null;
    }

    private ProviderApi api(String provider) {
        for (ProviderApi a : apis) if (a.id().equalsIgnoreCase(provider)) return a;
        throw new IllegalArgumentException("unknown provider: " + provider + " (use hivelocity, hostinger, vpsorg or core)");
    }

    private static void write(HttpExchange ex, Resp r) throws IOException {
        for (Map.Entry<String, String> h : r.headers().entrySet()) ex.getResponseHeaders().set(h.getKey(), h.getValue());
        if (r.body().length == 0 || ex.getRequestMethod().equalsIgnoreCase("HEAD")) {
            ex.sendResponseHeaders(r.status(), -1);
            return;
        }
        ex.sendResponseHeaders(r.status(), r.body().length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(r.body());
        }
    }

    /**
     * Announces the full Content-Length, sends the first half of the body and closes the connection (closing the
     * exchange with bytes outstanding makes HttpServer drop the connection), so clients see a premature EOF.
     */
    private static void writeTruncated(HttpExchange ex, Resp r) throws IOException {
        for (Map.Entry<String, String> h : r.headers().entrySet()) ex.getResponseHeaders().set(h.getKey(), h.getValue());
        byte[] b = r.body().length == 0 ? Json.bytes(Json.obj("truncated", true)) : r.body();
        ex.sendResponseHeaders(r.status(), b.length);
        OutputStream os = ex.getResponseBody();
        os.write(b, 0, b.length / 2);
        os.flush();
        ex.close();
    }
}
