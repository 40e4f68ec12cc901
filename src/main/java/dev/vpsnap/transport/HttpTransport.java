package dev.vpsnap.transport;

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
     * @param pacer  the account's request pace, shared by every transport (worker) of the run; it also carries the
     *               common pause after a 429
     */
    public record Settings(String provider, HttpUrl baseUrl, AuthStrategy auth, RetryPolicy retry, Sleeper sleeper,
                           Consumer<PlannedRequest> dryRun, Pacer pacer) {
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

    private ApiResponse execute(Request request, boolean idempotent) {
        RetryPolicy retry = settings.retry();
        int rateLimited = 0;
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= retry.maxAttempts();
            pace();
            try (Response resp = client.newCall(request).execute()) {
                int status = resp.code();
                if (resp.isSuccessful()) {
                    return new ApiResponse(status, parse(resp));
                }
                Duration retryAfter = retryAfter(resp.header("Retry-After"));
                if (status == 429) {
                    if (++rateLimited < retry.rateLimitedAttempts()) {
                        // Not processed, so any method may be sent again; every worker of the run waits with this one.
                        settings.pacer().backOff(retryAfter != null ? retry.honour(retryAfter) : retry.backoff(rateLimited));
                        attempt--;
                        continue;
                    }
                } else if (RetryPolicy.retriableStatus(status) && (idempotent || (status == 503 && retryAfter != null))
                        && !last) {
                    pause(retryAfter != null ? retry.honour(retryAfter) : retry.backoff(attempt));
                    continue;
                }
                ResponseBody b = resp.body();
                String text = b == null ? "" : b.string();
                throw ErrorDecoder.decode(settings.provider(), status, resp.header("Content-Type"), text);
            } catch (InterruptedIOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw interrupted(e);
                }
                boolean timeout = e instanceof SocketTimeoutException;
                if (idempotent && !last) {
                    pause(retry.backoff(attempt));
                    continue;
                }
                throw networkFailure(request, e, timeout ? "no answer in time" : "interrupted I/O", !idempotent);
            } catch (ConnectException e) {
                // Connection refused: nothing reached the provider, so even a POST may be retried.
                if (!last) {
                    pause(retry.backoff(attempt));
                    continue;
                }
                throw networkFailure(request, e, "connection refused", false);
            } catch (IOException e) {
                if (idempotent && !last) {
                    pause(retry.backoff(attempt));
                    continue;
                }
                throw networkFailure(request, e, describe(e), !idempotent);
            }
        }
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

    private void pace() {
        try {
            settings.pacer().acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(e);
        }
    }

    private void pause(Duration d) {
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

    static Duration retryAfter(String header) {
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
                Duration d = Duration.between(java.time.Instant.now(), when.toInstant());
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
