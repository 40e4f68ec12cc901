package dev.vpsnap.cli;

import dev.vpsnap.testing.CliHarness;
import dev.vpsnap.testing.FakeClock;
import java.io.IOException;
import java.nio.file.Path;
import okhttp3.mockwebserver.MockWebServer;

/** A fresh MockWebServer running a {@link VpsOrgStub}, and a CLI pointed at it with a vps.org token. */
final class VpsOrgFixture implements AutoCloseable {
    final VpsOrgStub stub = new VpsOrgStub();
    final MockWebServer server = new MockWebServer();

    VpsOrgFixture() throws IOException {
        server.setDispatcher(stub);
        server.start();
    }

    CliHarness cli(FakeClock clock, Path home, String token) {
        return new CliHarness(clock)
                .env("HOME", home.toString())
                .env("VPSNAP_PROVIDER", "vpsorg")
                .env("VPSNAP_ENDPOINT", server.url("/api/v1").toString())
                .env("VPSORG_API_TOKEN", token);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
