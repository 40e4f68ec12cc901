package dev.vpsnap.transport;

import dev.vpsnap.common.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.vpsnap.clock.Sleeper;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The HTTP face of one provider account: base URL, auth strategy, retry policy and dry-run, over the shared OkHttp
 * client. Adapters call {@link #get} / {@link #send} with paths relative to the base URL and get parsed JSON back;
 * every failure arrives as a {@link VpsnapException} carrying the contract's exit code.
 */
public final class HttpTransport {
    private static final MediaType JSON = MediaType.get("application/json");

    /**
     * @param dryRun when not null, mutating requests are not sent: they go here as a {@link PlannedRequest} and
     *               {@code DryRunStop} is thrown. GETs are still sent (lookups such as resolving a server's volume).
     * @param pacer    the endpoint's request pace, shared by every transport (worker, profile) of the process that
     *                 reaches it ({@link PacerRegistry}); it also carries the common pause after a 429
     * @param deadline the run's bound on retrying, shared by all its requests
     */
    public record Settings(String provider, HttpUrl baseUrl, AuthStrategy auth, RetryPolicy retry, Sleeper sleeper,
                           Consumer<PlannedRequest> dryRun, Pacer pacer, RetryDeadline deadline) {
        /** Without a run deadline (the retry policy alone bounds retrying). */
        public Settings(String provider, HttpUrl baseUrl, AuthStrategy auth, RetryPolicy retry, Sleeper sleeper,
                        Consumer<PlannedRequest> dryRun, Pacer pacer) {
            this(provider, baseUrl, auth, retry, sleeper, dryRun, pacer, RetryDeadline.unbounded());
        }
    }


    private final Settings settings;
    private final OkHttpClient client;

    public HttpTransport(OkHttpClient client, Settings settings) {
        this.client = client;
        this.settings = settings;
    }

    public String provider() {
        return settings.provider();
    }

    public HttpUrl baseUrl() {
        return settings.baseUrl();
    }

    public ApiResponse get(String path, Map<String, ?> query) {
        return send("GET", path, query, null);
    }

    public ApiResponse get(String path) {
        return send("GET", path, Map.of(), null);
    }

    public ApiResponse post(String path, Object body) {
        return send("POST", path, Map.of(), body);
    }

    /**
     * Sends one request. {@code body} is serialised as JSON (a {@link JsonNode}, record or map); null sends no body
     * (an empty body for POST/PUT).
     */
    public ApiResponse send(String method, String path, Map<String, ?> query, Object body) {
        HttpUrl url = url(path, query);
        byte[] bytes = body == null ? null : serialise(body);
        if (settings.dryRun() != null && !"GET".equals(method)) {
            PlannedRequest planned = PlannedRequest.of(method, url, settings.auth(), bytes);
            settings.dryRun().accept(planned);
            throw new DryRunStop(planned);
        }
        Request.Builder rb = new Request.Builder().url(url).header("Accept", "application/json");
        settings.auth().apply(rb);
        RequestBody rbody = null;
        if (bytes != null) {
            rbody = RequestBody.create(bytes, JSON);
        } else if ("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method)) {
            rbody = RequestBody.create(new byte[0], null);
        }
        Request request = rb.method(method, rbody).build();
        return execute(request, !"POST".equals(method) && !"PATCH".equals(method));
    }

    /**
     * Sends {@code request}, retrying what may be retried within the run's deadline.
     * <ul>
     * <li>Any method is sent again after a 429 (not processed; every worker pauses with this one, see {@link Pacer}) or
     *     a refused connection (nothing reached the provider).</li>
     * <li>GET/PUT/DELETE also after a timeout, a dropped connection, 502, 503, 504 (with backoff, or the provider's
     *     {@code Retry-After}).</li>
     * <li>A POST or PATCH never after anything else, a 503 with {@code Retry-After} included (a gateway may answer it
     *     after the backend acted): it fails with {@link TransportException#maybeProcessed()} so the caller looks
     *     before sending again (the snapshot create reconciliation), or, for a request that destroys data when
     *     repeated, does not send it again at all.</li>
     * <li>A DELETE retried after an answer that may have been lost, and then told the resource is not there (404, 410),
     *     is done: gone is what was asked. It returns as an empty 204. Told it conflicts (400, 409, 422, 423: "task in
     *     progress", "VM is locked": the deletion the first attempt started), it fails with
     *     {@link TransportException#maybeProcessed()} (exit 8, not a rejection) for the adapter to find that deletion.</li>
     * <li>A pause that would carry the run past its {@link RetryDeadline} is not taken: a {@code Retry-After} beyond it
     *     fails at once (exit 8) naming the time the provider asked for; a backoff beyond it ends the retrying. One
     *     that would carry a poll past its wait's deadline ({@link RetryDeadline#within}) fails with
     *     {@link RetryDeadline.Passed}, for the waiter to end the wait as a timeout.</li>
     * </ul>
     */
    private ApiResponse execute(Request request, boolean idempotent) {
        RetryPolicy retry = settings.retry();
        Pacer pacer = settings.pacer();
        int rateLimited = 0;
        boolean mayHaveApplied = false;
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= retry.maxAttempts();
            Instant sentAt = pace();
            try (Response resp = client.newCall(request).execute()) {
                int status = resp.code();
                if (status != 429) {
                    pacer.accepted();
                }
                if (resp.isSuccessful()) {
                    return new ApiResponse(status, parse(resp));
                }
                Duration retryAfter = retryAfter(resp.header("Retry-After"), pacer.clock());
                if (status == 429) {
                    boolean again = ++rateLimited < retry.rateLimitedAttempts();
                    Duration pause = retryAfter != null ? retry.honour(retryAfter)
                            : pacer.blockWithoutRetryAfter().orElse(retry.backoff(rateLimited));
                    boolean admitted;
                    try {
                        admitted = again && admit(retryAfter != null ? retryAfter : pause, retryAfter, status);
                    } catch (TransportException beyondDeadline) {
                        pacer.rateLimited(sentAt, Duration.ZERO); // slower from now on, though this run stops here
                        throw beyondDeadline;
                    }
                    pacer.rateLimited(sentAt, admitted ? pause : Duration.ZERO);
                    if (admitted) {
                        attempt--;
                        continue;
                    }
                } else if (RetryPolicy.retriableStatus(status) && idempotent && !last) {
                    mayHaveApplied = true;
                    Duration backoff = retry.backoff(attempt);
                    if (admit(retryAfter != null ? retryAfter : backoff, retryAfter, status)) {
                        pause(retryAfter != null ? retry.honour(retryAfter) : backoff);
                        continue;
                    }
                }
                ResponseBody b = resp.body();
                String text = b == null ? "" : b.string();
                if (mayHaveApplied && "DELETE".equals(request.method())) {
                    if (status == 404 || status == 410) {
                        return new ApiResponse(204, MissingNode.getInstance()); // gone is what was asked
                    }
                    if (status == 400 || status == 409 || status == 422 || status == 423) {
                        throw deleteUnderway(status, resp.header("Content-Type"), text);
                    }
                }
                throw failure(status, resp.header("Content-Type"), text, !idempotent);
            } catch (InterruptedIOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw interrupted(e);
                }
                boolean timeout = e instanceof SocketTimeoutException;
                mayHaveApplied = true;
                if (idempotent && !last && retryWithin(retry.backoff(attempt))) {
                    continue;
                }
                throw networkFailure(request, e, timeout ? "no answer in time" : "interrupted I/O", !idempotent);
            } catch (ConnectException e) {
                // Connection refused: nothing reached the provider, so even a POST may be retried.
                if (!last && retryWithin(retry.backoff(attempt))) {
                    continue;
                }
                throw networkFailure(request, e, "connection refused", false);
            } catch (IOException e) {
                mayHaveApplied = true;
                if (idempotent && !last && retryWithin(retry.backoff(attempt))) {
                    continue;
                }
                throw networkFailure(request, e, describe(e), !idempotent);
            }
        }
    }

    /** Pauses {@code backoff} and returns true when it fits the run's deadline; false (no pause) when it does not. */
    private boolean retryWithin(Duration backoff) {
        if (!settings.deadline().admit(backoff)) {
            return false;
        }
        pause(backoff);
        return true;
    }

    /**
     * True when a pause of {@code d} fits the run's deadline. A provider's {@code Retry-After} that does not fit fails
     * the request at once, naming when the provider asked to be tried again.
     */
    private boolean admit(Duration d, Duration retryAfter, int status) {
        RetryDeadline deadline = settings.deadline();
        if (deadline.admit(d)) {
            return true;
        }
        if (retryAfter == null) {
            return false;
        }
        java.time.Instant when = settings.pacer().clock().instant().plus(retryAfter);
        String why = ErrorDecoder.reason(status) + ": the provider asked to be retried after "
                + RetryDeadline.text(retryAfter) + " (at " + when.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + "), beyond this run's deadline (" + deadline.label() + ")";
        String hint = "try again after " + when.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + (deadline.label().startsWith("--wait-timeout") ? ", or allow more time with --wait-timeout" : "");
        throw new TransportException(why, settings.provider(), status, hint, false, null);
    }

    /**
     * A DELETE retried after a lost answer, now refused as conflicting ("task in progress", "VM is locked"): most likely
     * by the deletion the first attempt started. Not a rejection: the adapter reconciles (it looks for the deletion).
     */
    private TransportException deleteUnderway(int status, String contentType, String body) {
        VpsnapException e = ErrorDecoder.decode(settings.provider(), status, contentType, body);
        return new TransportException(e.getMessage(), settings.provider(), status,
                "the first delete may have been applied and still be running; check before retrying", true, null);
    }

    /**
     * The error for a final non-2xx answer. A mutation that is not idempotent and was answered 5xx (501 aside) may have
     * been applied before the failure (a gateway's 502/503/504, a 500 after the write): it says so, for reconciliation.
     */
    private VpsnapException failure(int status, String contentType, String body, boolean mutation) {
        VpsnapException e = ErrorDecoder.decode(settings.provider(), status, contentType, body);
        if (mutation && status >= 500 && status != 501) {
            return new TransportException(e.getMessage(), settings.provider(), status,
                    "the request may have been applied; check before retrying", true, null);
        }
        return e;
    }

    private JsonNode parse(Response resp) throws IOException {
        ResponseBody b = resp.body();
        if (b == null || resp.code() == 204) {
            return MissingNode.getInstance();
        }
        String ct = resp.header("Content-Type", "");
        try (InputStream in = b.byteStream()) {
            JsonNode node = Json.MAPPER.readTree(in);
            return node == null ? MissingNode.getInstance() : node;
        } catch (JsonProcessingException e) {
            String what = ct.toLowerCase().contains("html") ? "an HTML page instead of JSON" : "malformed or truncated JSON";
            throw new TransportException("the provider answered HTTP " + resp.code() + " with " + what, settings.provider(),
                    resp.code(), "the response could not be read; if this was a change, check its state before retrying",
                    !"GET".equals(resp.request().method()), e);
        }
    }

    private TransportException networkFailure(Request r, IOException e, String why, boolean maybeProcessed) {
        String host = r.url().host() + (r.url().port() == HttpUrl.defaultPort(r.url().scheme()) ? "" : ":" + r.url().port());
        String msg = "cannot reach " + host + ": " + why;
        String hint = maybeProcessed
                ? "the request may have been applied; check before retrying"
                : "check the network or --endpoint, then try again";
        return new TransportException(msg, settings.provider(), null, hint, maybeProcessed, e);
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        if (m.contains("unexpected end of stream") || m.contains("Connection reset")) {
            return "connection dropped";
        }
        return m.length() > 120 ? m.substring(0, 120) : m;
    }

    private Instant pace() {
        try {
            return settings.pacer().acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(e);
        }
    }

    /** Sleeps {@code d}, within the deadline of the wait this thread polls for ({@link RetryDeadline#within}). */
    private void pause(Duration d) {
        RetryDeadline.checkWait(settings.pacer().clock(), d);
        try {
            settings.sleeper().sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(e);
        }
    }

    private VpsnapException interrupted(Exception e) {
        return new VpsnapException(ExitCode.INTERRUPTED, "interrupted", settings.provider(), null, null, e);
    }

    static Duration retryAfter(String header, java.time.Clock clock) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            long s = Long.parseLong(header.trim());
            return Duration.ofSeconds(Math.max(0, s));
        } catch (NumberFormatException e) {
            try {
                java.time.ZonedDateTime when = java.time.ZonedDateTime.parse(header.trim(),
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(clock.instant(), when.toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException ignored) {
                return null;
            }
        }
    }

    HttpUrl url(String path, Map<String, ?> query) {
        HttpUrl.Builder b = settings.baseUrl().newBuilder();
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (!p.isEmpty()) {
            b.addPathSegments(p);
        }
        if (query != null) {
            query.forEach((k, v) -> {
                if (v != null) {
                    b.addQueryParameter(k, String.valueOf(v));
                }
            });
        }
        return b.build();
    }

    private static byte[] serialise(Object body) {
        try {
            return Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise request body", e);
        }
    }
}
