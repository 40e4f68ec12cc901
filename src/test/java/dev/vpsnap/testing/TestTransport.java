package dev.vpsnap.testing;

import dev.vpsnap.app.Connector;
import dev.vpsnap.provider.ProviderContext;
import dev.vpsnap.transport.AuthStrategy;
import dev.vpsnap.transport.HttpTransport;
import dev.vpsnap.transport.Pacer;
import dev.vpsnap.transport.RetryPolicy;
import dev.vpsnap.common.Secret;
import java.time.Duration;
import java.util.Random;
import java.util.function.Consumer;
import okhttp3.mockwebserver.MockWebServer;

/**
 * The real transport, built by the composition root ({@link Connector}) as the CLI's is, pointed at a
 * MockWebServer, with retries that pause on a fake clock instead of sleeping.
 */
public final class TestTransport {
    public static final String KEY = "test-secret-key-123";

    private TestTransport() {
    }

    public static AuthStrategy bearer() {
        return Connector.bearer(Secret.of(KEY));
    }

    public static AuthStrategy apiKey(String header) {
        return Connector.apiKeyHeader(header, Secret.of(KEY));
    }

    /** @param basePath the provider's base path on the mock server, e.g. {@code /api/v2} or {@code /} */
    public static HttpTransport of(MockWebServer server, String provider, String basePath, AuthStrategy auth, FakeClock clock) {
        return of(server, provider, basePath, auth, clock, Pacer.unpaced(clock, clock.sleeper()), Duration.ofSeconds(5));
    }

    /** With a given (possibly shared) pacer and request timeout: several of these are the workers of one run. */
    public static HttpTransport of(MockWebServer server, String provider, String basePath, AuthStrategy auth, FakeClock clock,
                                   Pacer pacer, Duration timeout) {
        RetryPolicy retry = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(30), new Random(1));
        return Connector.transport(timeout, null,
                new HttpTransport.Settings(provider, server.url(basePath), auth, retry, clock.sleeper(), null, pacer));
    }

    /** Without retries, whose mutations go to {@code dryRun} as curl lines instead of being sent ({@code --dry-run}). */
    public static HttpTransport dryRun(MockWebServer server, String provider, String basePath, AuthStrategy auth,
                                       FakeClock clock, Consumer<String> dryRun) { // the curl line of each planned request
        return Connector.transport(Duration.ofSeconds(5), null, new HttpTransport.Settings(provider, server.url(basePath),
                auth, RetryPolicy.none(), clock.sleeper(), planned -> dryRun.accept(planned.curl()),
                Pacer.unpaced(clock, clock.sleeper())));
    }

    public static ProviderContext context(HttpTransport t, FakeClock clock, String facility, Long clientId) {
        return new ProviderContext("test", t, facility, clientId, clock, clock.sleeper());
    }

    /** The next request {@code server} recorded (within {@code seconds}); fails the test with {@code expected} if none came. */
    public static okhttp3.mockwebserver.RecordedRequest nextRequest(MockWebServer server, int seconds, String expected) {
        try {
            okhttp3.mockwebserver.RecordedRequest r = server.takeRequest(seconds, java.util.concurrent.TimeUnit.SECONDS);
            org.junit.jupiter.api.Assertions.assertNotNull(r, "expected " + expected);
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
