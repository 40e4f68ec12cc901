package dev.vpsnap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A MockWebServer in front of another HTTP server (the in-process emulator): forwards every request unchanged and
 * records it as {@code "METHOD /path?query"}, so a test can assert the exact requests the CLI sent through its real
 * transport while the emulator supplies the provider's behaviour.
 */
public final class RecordingProxy implements AutoCloseable {
    private static final Set<String> HOP = Set.of("host", "content-length", "transfer-encoding", "connection",
            "accept-encoding");
    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient client = new OkHttpClient();
    private final List<String> log = new ArrayList<>();

    public RecordingProxy(String upstreamOrigin) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                synchronized (log) {
                    log.add(r.getMethod() + " " + r.getPath());
                }
                return forward(upstreamOrigin, r);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This proxy's URL for {@code upstreamUrl} (same path, the proxy's host and port). */
    public String url(String upstreamUrl) {
        return "http://" + server.getHostName() + ":" + server.getPort() + okhttp3.HttpUrl.get(upstreamUrl).encodedPath();
    }

    /** Every request so far, in the order received. */
    public List<String> requests() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    private MockResponse forward(String origin, RecordedRequest r) {
        Headers.Builder headers = new Headers.Builder();
        r.getHeaders().forEach(h -> {
            if (!HOP.contains(h.getFirst().toLowerCase(Locale.ROOT))) {
                headers.add(h.getFirst(), h.getSecond());
            }
        });
        byte[] body = r.getBody().readByteArray();
        boolean hasBody = !r.getMethod().equals("GET") && !r.getMethod().equals("HEAD");
        String type = r.getHeader("Content-Type");
        Request out = new Request.Builder().url(origin + r.getPath()).headers(headers.build())
                .method(r.getMethod(), hasBody ? RequestBody.create(body, type == null ? null : MediaType.get(type)) : null)
                .build();
        try (Response res = client.newCall(out).execute()) {
            MockResponse m = new MockResponse().setResponseCode(res.code());
            res.headers().forEach(h -> {
                if (!HOP.contains(h.getFirst().toLowerCase(Locale.ROOT))) {
                    m.addHeader(h.getFirst(), h.getSecond());
                }
            });
            return m.setBody(new okio.Buffer().write(res.body().bytes()));
        } catch (IOException e) {
            return new MockResponse().setResponseCode(502);
        }
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
