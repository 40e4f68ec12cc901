package dev.vpsnap.testing;

import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.emulator.EmulatorConfig;
import dev.vpsnap.emulator.Quirk;
import dev.vpsnap.testing.CliHarness.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The CLI against an in-process emulator that shares the CLI's fake clock (waiting costs no real time): each run
 * passes {@code --provider P --endpoint <emulator> -o json} and the emulator's key through the provider's variable.
 */
public final class EmulatorCli implements AutoCloseable {
    private final FakeClock clock = new FakeClock();
    private final Emulator emu;
    private final CliHarness cli;

    public EmulatorCli() {
        this(Set.of());
    }

    /** The emulator showing these documented provider behaviours besides its default ones. */
    public EmulatorCli(Set<Quirk> quirks) {
        this(quirks, EmulatorConfig.DEMO_SERVERS);
    }

    /** ... and this many demo servers per provider (e.g. more than one page of a paginated list). */
    public EmulatorCli(Set<Quirk> quirks, int demoServers) {
        this(quirks, demoServers, Duration.ofSeconds(3));
    }

    /** ... whose snapshots and other asynchronous operations finish {@code asyncDelay} after they start. */
    public EmulatorCli(Set<Quirk> quirks, int demoServers, Duration asyncDelay) {
        try {
            emu = Emulator.start(EmulatorConfig.defaults().withClock(clock).withAsyncDelay(asyncDelay)
                    .withQuirks(quirks).withDemoServers(demoServers));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cli = new CliHarness(clock).env("XDG_CONFIG_HOME", "/nonexistent-config")
                .env("VPSORG_API_TOKEN", Emulator.apiKey("vpsorg")).env("CORE_API_KEY", Emulator.apiKey("core"))
                .env("HIVELOCITY_API_KEY", Emulator.apiKey("hivelocity"))
                .env("HOSTINGER_API_TOKEN", Emulator.apiKey("hostinger"));
    }

    public FakeClock clock() {
        return clock;
    }

    public Emulator emulator() {
        return emu;
    }

    public CliHarness harness() {
        return cli;
    }

    public Result run(String provider, String... rest) {
        return runAt(provider, emu.baseUrl(provider), rest);
    }

    /** {@link #run} with the provider reached at {@code endpoint} (e.g. a {@link RecordingProxy} in front of it). */
    public Result runAt(String provider, String endpoint, String... rest) {
        List<String> a = new ArrayList<>(List.of("--provider", provider, "--endpoint", endpoint, "-o", "json"));
        if (provider.equals("hivelocity")) {
            a.addAll(List.of("--facility", "TPA1"));
        }
        a.addAll(List.of(rest));
        return cli.run(a.toArray(String[]::new));
    }

    /** The ids {@code server list} prints. */
    public List<String> servers(String provider) {
        List<String> ids = new ArrayList<>();
        JsonAssert.tree(run(provider, "server", "list").out()).forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }

    @Override
    public void close() {
        emu.close();
    }
}
