package dev.vpsnap.provider.hostinger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.testing.FakeClock;
import dev.vpsnap.testing.JsonAssert;
import dev.vpsnap.testing.TestTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import dev.vpsnap.transport.HttpTransport;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A fresh MockWebServer with the real transport and the Hostinger adapter on top; base path {@code /}. */
final class HostingerHarness implements AutoCloseable {
    static final String VMS = "/api/vps/v1/virtual-machines";

    final MockWebServer server = new MockWebServer();
    final FakeClock clock = new FakeClock();
    final Provider provider;

    HostingerHarness() {
        this(null);
    }

    /** @param dryRun receives the curl line of each mutation instead of sending it ({@code --dry-run}); null sends */
    HostingerHarness(Consumer<String> dryRun) {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpTransport t = dryRun == null ? TestTransport.of(server, "hostinger", "/", TestTransport.bearer(), clock)
                : TestTransport.dryRun(server, "hostinger", "/", TestTransport.bearer(), clock, dryRun);
        provider = new HostingerFactory().create(TestTransport.context(t, clock, null, null));
    }

    /** Queues a JSON response from {@code fixtures/hostinger/<name>}. */
    HostingerHarness fixture(int status, String name) {
        return raw(status, JsonAssert.fixture("hostinger/" + name),
                name.endsWith(".html") ? "text/html; charset=UTF-8" : "application/json");
    }

    HostingerHarness raw(int status, String body, String contentType) {
        server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", contentType).setBody(body));
        return this;
    }

    HostingerHarness notFound() {
        return fixture(404, "error-404.json");
    }

    /** "No snapshot": the snapshot GET answers 404 and the VM's own GET shows the VM exists. */
    HostingerHarness noSnapshot() {
        return notFound().fixture(200, "virtual-machine-get-ok.json");
    }

    /** The next recorded request: method, path+query, Bearer auth; a bodyless request is asserted to carry no body. */
    RecordedRequest expect(String method, String path) {
        RecordedRequest r = TestTransport.nextRequest(server, 2, method + " " + path + " but no request was made");
        assertEquals(method + " " + path, r.getMethod() + " " + r.getPath());
        assertEquals("Bearer " + TestTransport.KEY, r.getHeader("Authorization"));
        assertEquals(0, r.getBodySize(), "Hostinger snapshot calls send no body");
        return r;
    }

    void expectCount(int n) {
        assertEquals(n, server.getRequestCount(), "request count");
    }

    /** The snapshot of {@code snapshot-get-ok.json} as the model sees it. */
    static Snapshot snapshot325(String serverId, String serverName) {
        return new Snapshot("hostinger", "test", "325", null, serverId, serverName, null, SnapshotStatus.AVAILABLE, null,
                null, Instant.parse("2025-02-27T11:54:22Z"), Instant.parse("2025-03-19T11:54:22Z"), null, List.of());
    }

    @Override
    public void close() {
        try {
            server.shutdown();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
