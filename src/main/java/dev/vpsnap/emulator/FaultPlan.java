package dev.vpsnap.emulator;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Fault injection, configurable at runtime. Standing faults (latency, rate limit, random 5xx) start from the
 * {@link EmulatorConfig}; scripted faults affect the next N requests whose method and path match.
 *
 * <p>Scripted rules: {@code method} is an HTTP method or {@code "*"}/null for any; {@code pathRegex} is searched
 * (not fully matched) in the full request path including the provider prefix, e.g.
 * {@code "/hivelocity/api/v2/vps/snapshot$"}. Rules are consulted in the order they were added; the first
 * matching rule with remaining uses applies.
 */
public final class FaultPlan {

    /** What a scripted rule does to a matching request. */
    enum Kind {
        /** Answer with the given status (provider's error style) without touching state. */
        FAIL,
        /** Close the connection without sending any response. */
        DROP,
        /** Handle the request normally, announce the full Content-Length, send half the body, close the connection. */
        TRUNCATE,
        /** Handle the request normally (state is changed), then answer with the given status instead. */
        FAIL_AFTER_APPLY
    }

    /** @param retryAfterSeconds a {@code Retry-After} header on the answer, when not negative */
    record Scripted(Kind kind, int status, long retryAfterSeconds) {
        /** The injected answer, with its {@code Retry-After} when the rule has one. */
        Resp decorate(Resp r) {
            return retryAfterSeconds < 0 ? r : r.withHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
    }

    private static final class Rule {
        final String method;
        final Pattern path;
        final Kind kind;
        final int status;
        final long retryAfterSeconds;
        int remaining;

        Rule(String method, String pathRegex, Kind kind, int status, int times) {
            this(method, pathRegex, kind, status, times, -1);
        }

        Rule(String method, String pathRegex, Kind kind, int status, int times, long retryAfterSeconds) {
            if (times < 1) throw new IllegalArgumentException("times must be >= 1");
            this.method = method == null || method.equals("*") ? null : method.toUpperCase(java.util.Locale.ROOT);
            this.path = Pattern.compile(pathRegex == null ? "" : pathRegex);
            this.kind = kind;
            this.status = status;
            this.retryAfterSeconds = retryAfterSeconds;
            this.remaining = times;
        }
    }

    private final List<Rule> rules = new ArrayList<>();
    private final List<Watch> watches = new ArrayList<>();

    /** Counts the requests whose method and path match, without changing them (how many creates were really sent). */
    public static final class Watch {
        private final String method;
        private final Pattern path;
        private int count;

        private Watch(String method, String pathRegex) {
            this.method = method == null || method.equals("*") ? null : method.toUpperCase(java.util.Locale.ROOT);
            this.path = Pattern.compile(pathRegex == null ? "" : pathRegex);
        }

        public synchronized int count() {
            return count;
        }

        private synchronized void see(String m, String fullPath) {
            if ((method == null || method.equals(m)) && path.matcher(fullPath).find()) {
                count++;
            }
        }
    }
    private final RateLimiter rateLimiter;
    private final Random random;
    private volatile Duration latency;
    private volatile double failRate;

    FaultPlan(EmulatorConfig cfg, Clock clock) {
        this.latency = cfg.latency();
        this.failRate = cfg.failRate();
        this.rateLimiter = new RateLimiter(clock, cfg.rateLimitPerSecond());
        this.random = new Random(cfg.seed());
    }

    // ---- standing faults -------------------------------------------------------------------------------

    public FaultPlan latency(Duration perRequest) {
        if (perRequest == null || perRequest.isNegative()) throw new IllegalArgumentException("latency must be >= 0");
        this.latency = perRequest;
        return this;
    }

    public Duration latency() { return latency; }

    /** Requests per second per provider; 0 disables. Resets the buckets. */
    public FaultPlan rateLimit(double perSecond) {
        rateLimiter.setRate(perSecond);
        return this;
    }

    public double rateLimit() { return rateLimiter.rate(); }

    /** Probability (0..1) of answering a random 500, 502 or 503. */
    public FaultPlan failRate(double probability) {
        if (probability < 0 || probability > 1) throw new IllegalArgumentException("failRate must be within 0..1");
        this.failRate = probability;
        return this;
    }

    public double failRate() { return failRate; }

    // ---- scripted faults -------------------------------------------------------------------------------

    /** The next matching request is answered with {@code status} in the provider's error style. */
    public FaultPlan failNext(String method, String pathRegex, int status) { return failNext(method, pathRegex, status, 1); }

    public FaultPlan failNext(String method, String pathRegex, int status, int times) {
        return add(new Rule(method, pathRegex, Kind.FAIL, checkStatus(status), times));
    }

    /** The next matching request gets its connection closed without a response. */
    public FaultPlan dropConnectionNext(String method, String pathRegex) { return dropConnectionNext(method, pathRegex, 1); }

    public FaultPlan dropConnectionNext(String method, String pathRegex, int times) {
        return add(new Rule(method, pathRegex, Kind.DROP, 0, times));
    }

    /** The next matching request gets its real status and headers but only the first half of the body. */
    public FaultPlan truncateNext(String method, String pathRegex) { return truncateNext(method, pathRegex, 1); }

    public FaultPlan truncateNext(String method, String pathRegex, int times) {
        return add(new Rule(method, pathRegex, Kind.TRUNCATE, 0, times));
    }

    /** The next matching request is applied (state changes) but answered with 500 — for idempotency tests. */
    public FaultPlan failAfterApplyingNext(String method, String pathRegex) { return failAfterApplyingNext(method, pathRegex, 500, 1); }

    public FaultPlan failAfterApplyingNext(String method, String pathRegex, int status, int times) {
        return add(new Rule(method, pathRegex, Kind.FAIL_AFTER_APPLY, checkStatus(status), times));
    }

    /**
     * The next {@code times} matching requests are processed (state changes: the snapshot is made, the restore runs),
     * then answered 503 with {@code Retry-After: retryAfterSeconds}: a gateway that timed out on a backend which acted.
     * A client that re-sends on such a 503 without looking makes a second resource.
     */
    public FaultPlan processThenAnswer503Next(String method, String pathRegex, long retryAfterSeconds, int times) {
        if (retryAfterSeconds < 0) throw new IllegalArgumentException("retryAfterSeconds must be >= 0");
        return add(new Rule(method, pathRegex, Kind.FAIL_AFTER_APPLY, 503, times, retryAfterSeconds));
    }

    /** The next {@code times} matching requests are answered {@code status} with {@code Retry-After}, unprocessed. */
    public FaultPlan failNextWithRetryAfter(String method, String pathRegex, int status, long retryAfterSeconds, int times) {
        if (retryAfterSeconds < 0) throw new IllegalArgumentException("retryAfterSeconds must be >= 0");
        return add(new Rule(method, pathRegex, Kind.FAIL, checkStatus(status), times, retryAfterSeconds));
    }

    /** From now on, counts the requests that match {@code method} and {@code pathRegex} (as scripted rules do). */
    public synchronized Watch watch(String method, String pathRegex) {
        Watch w = new Watch(method, pathRegex);
        watches.add(w);
        return w;
    }

    /** Removes all scripted rules and standing faults (latency 0, no rate limit, failRate 0). */
    public synchronized FaultPlan clear() {
        rules.clear();
        latency = Duration.ZERO;
        failRate = 0;
        rateLimiter.setRate(0);
        return this;
    }

    /** Number of scripted responses not yet used. */
    public synchronized int pendingScripted() {
        return rules.stream().mapToInt(r -> r.remaining).sum();
    }

    // ---- used by the emulator --------------------------------------------------------------------------

    synchronized Scripted takeScripted(String method, String fullPath) {
        for (Watch w : watches) {
            w.see(method, fullPath);
        }
        for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
            Rule r = it.next();
            if ((r.method == null || r.method.equals(method)) && r.path.matcher(fullPath).find()) {
                if (--r.remaining <= 0) it.remove();
                return new Scripted(r.kind, r.status, r.retryAfterSeconds);
            }
        }
        return null;
    }

    /** Zero when admitted; otherwise the wait before a retry can succeed. */
    Duration acquireRateLimit(String providerId) {
        return rateLimiter.acquire(providerId);
    }

    /** A random 5xx status when the fail-rate dice say so, else 0. */
    synchronized int randomFailure() {
        if (failRate <= 0 || random.nextDouble() >= failRate) return 0;
        int[] statuses = {500, 502, 503};
        return statuses[random.nextInt(statuses.length)];
    }

    private synchronized FaultPlan add(Rule r) {
        rules.add(r);
        return this;
    }

    private static int checkStatus(int status) {
        if (status < 100 || status > 599) throw new IllegalArgumentException("bad HTTP status " + status);
        return status;
    }
}
