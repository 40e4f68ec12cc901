package dev.vpsnap.transport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * {@code --ping URL}: the healthchecks.io convention around a run. {@link #start} sends {@code GET URL/start},
 * {@link #finish} {@code POST URL/<exit code>} with a short plain-text body. Both together get {@link #BUDGET} of
 * wall-clock time of their own (each call's {@code callTimeout} is what they have left; the command's time between
 * them does not count), are never retried, and a failure is one
 * warning line through {@code warn}: a ping never changes the command's outcome. Messages never name the URL.
 */
public final class Ping {
    public static final Duration BUDGET = Duration.ofSeconds(5);
    /** healthchecks.io keeps the first 100 kB of a body; a summary is much shorter. */
    static final int MAX_BODY = 10_000;
    private static final MediaType TEXT = MediaType.get("text/plain; charset=utf-8");

    private final HttpUrl base;
    private final OkHttpClient client;
    private final Consumer<String> warn;
    private final Consumer<String> verbose;
    /** Time the pings of this run have taken so far: the budget is theirs, not the command's. */
    private long spent;
    private final java.util.function.LongSupplier nanoTime;

    /**
     * @param verbose where a {@code -v} line per ping goes (null: nowhere)
     */
    public Ping(HttpUrl base, Consumer<String> warn, Consumer<String> verbose) {
        this(base, warn, verbose, System::nanoTime);
    }

    Ping(HttpUrl base, Consumer<String> warn, Consumer<String> verbose, java.util.function.LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.base = base;
        this.warn = warn;
        this.verbose = verbose;
        // its own client: the shared one speaks plain http only, and callTimeout must bound the whole exchange
        this.client = new OkHttpClient.Builder().retryOnConnectionFailure(false).followRedirects(false)
                .connectTimeout(BUDGET).readTimeout(BUDGET).writeTimeout(BUDGET)
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("User-Agent", Http.USER_AGENT).build()))
                .build();
    }

    /** The URL if it is an http(s) URL, else null. */
    public static HttpUrl parse(String url) {
        return url == null ? null : HttpUrl.parse(url.strip());
    }

    public void start() {
        call("start", null);
    }

    public void finish(int exitCode, String summary) {
        String body = summary.length() > MAX_BODY ? summary.substring(0, MAX_BODY) : summary;
        call(String.valueOf(exitCode), body);
    }

    private void call(String what, String body) {
        long left = BUDGET.toNanos() - spent;
        String name = "ping /" + what;
        if (left <= TimeUnit.MILLISECONDS.toNanos(50)) {
            warn.accept(name + " not sent: the " + BUDGET.toSeconds() + " s ping budget is spent");
            return;
        }
        HttpUrl url = base.newBuilder().addPathSegment(what).build();
        Request.Builder rb = new Request.Builder().url(url);
        rb = body == null ? rb.get() : rb.post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), TEXT));
        long t0 = nanoTime.getAsLong();
        OkHttpClient c = client.newBuilder().callTimeout(Duration.ofNanos(left)).build();
        try (Response resp = c.newCall(rb.build()).execute()) {
            spent += nanoTime.getAsLong() - t0;
            long ms = (nanoTime.getAsLong() - t0) / 1_000_000;
            if (verbose != null) {
                verbose.accept(name + " -> " + resp.code() + " (" + ms + " ms)");
            }
            if (!resp.isSuccessful()) {
                warn.accept(name + " failed: HTTP " + resp.code() + " (the command's exit code is unchanged)");
            }
        } catch (IOException e) {
            spent += nanoTime.getAsLong() - t0;
            warn.accept(name + " failed: " + describe(e) + " (the command's exit code is unchanged)");
        }
    }

    private static String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host";
        }
        if (e instanceof SocketTimeoutException || e instanceof java.io.InterruptedIOException) {
            return "no answer within the " + BUDGET.toSeconds() + " s ping budget";
        }
        return e.getClass().getSimpleName();
    }
}
