package dev.vpsnap.cli.emulator;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.emulator.EmulatorConfig;
import dev.vpsnap.emulator.Quirk;
import dev.vpsnap.error.VpsnapException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code emulator serve}: a faithful, stateful imitation of all four provider APIs on one loopback port, with fault
 * injection. Prints each provider's base URL and key, then serves until interrupted.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the four provider APIs on loopback.")
public final class EmulatorServeCommand extends BaseCommand {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8931", description = "Port (0 = any free; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1", description = "Bind address (default loopback).")
    String host;

    @Option(names = "--latency", paramLabel = "DUR", description = "Added to every response, e.g. 200ms.")
    String latency;

    @Option(names = "--rate-limit", paramLabel = "N/s", description = "Answer 429 + Retry-After above N requests per second.")
    String rateLimit;

    @Option(names = "--fail-rate", paramLabel = "F", defaultValue = "0", description = "Share of requests answered with a 5xx (0.0-1.0).")
    double failRate;

    @Option(names = "--state", paramLabel = "FILE", description = "Persist state to this JSON file.")
    Path state;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed for ids and faults (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--async-delay", paramLabel = "DUR", defaultValue = "3s", description = "How long operations stay pending (default ${DEFAULT-VALUE}).")
    String asyncDelay;

    @Option(names = "--no-demo-data", description = "Start empty instead of with demo servers.")
    boolean noDemoData;

    @Option(names = "--demo-servers", paramLabel = "N", defaultValue = "3",
            description = "Demo servers per provider in a fresh state (default ${DEFAULT-VALUE}: web-01, db-01, worker-01; more are demo-004, …).")
    int demoServers;

    @Option(names = "--quirk", paramLabel = "NAME", description = "Show a documented provider behaviour the default "
            + "emulator does not (repeatable): ${COMPLETION-CANDIDATES}.", completionCandidates = QuirkNames.class)
    List<String> quirks = new ArrayList<>();

    /** The quirk names, for --help. */
    static final class QuirkNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Quirk.values()).map(Quirk::id).iterator();
        }
    }

    @Override
    protected int doCall() throws Exception {
        if (port < 0 || port > 65535) {
            throw VpsnapException.usage("--port must be 0-65535 (0 = any free port), not " + port);
        }
        if (failRate < 0 || failRate > 1) {
            throw VpsnapException.usage("--fail-rate must be between 0.0 and 1.0");
        }
        if (demoServers < 0) {
            throw VpsnapException.usage("--demo-servers must be 0 or more");
        }
        EmulatorConfig cfg = EmulatorConfig.defaults().withDemoServers(demoServers).withHost(host).withPort(port).withFailRate(failRate)
                .withSeed(seed).withAsyncDelay(duration(asyncDelay, "--async-delay")).withDemoData(!noDemoData)
                .withStateFile(state).withQuirks(parseQuirks(quirks));
        if (latency != null) {
            cfg = cfg.withLatency(duration(latency, "--latency"));
        }
        if (rateLimit != null) {
            cfg = cfg.withRateLimitPerSecond(parseRate(rateLimit));
        }
        CountDownLatch stop = new CountDownLatch(1);
        try (Emulator emulator = listen(cfg)) {
            Map<String, Map<String, String>> endpoints = new LinkedHashMap<>();
            StringBuilder text = new StringBuilder();
            for (String p : List.of("hivelocity", "hostinger", "vpsorg", "core")) {
                endpoints.put(p, Map.of("endpoint", emulator.baseUrl(p), "apiKey", Emulator.apiKey(p)));
                text.append(String.format("%-11s %s  (key %s)%n", p, emulator.baseUrl(p), Emulator.apiKey(p)));
            }
            out().document(endpoints, text.toString());
            note("emulator listening on " + host + ":" + emulator.port() + "; Ctrl-C to stop");
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }

    /** Binds the port: one that is taken or not assignable is a usage error (exit 2), not a bug. */
    private Emulator listen(EmulatorConfig cfg) throws java.io.IOException {
        try {
            return Emulator.start(cfg);
        } catch (java.net.BindException e) {
            throw VpsnapException.usage("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + (port == 0 ? "" : " (choose another --port, or --port 0 for any free one)"));
        } catch (java.net.SocketException e) {
            throw VpsnapException.usage("cannot listen on " + host + ":" + port + ": " + e.getMessage() + " (check --host)");
        }
    }

    static Set<Quirk> parseQuirks(List<String> names) {
        try {
            return Quirk.parse(String.join(",", names));
        } catch (IllegalArgumentException e) {
            throw VpsnapException.usage("--quirk: " + e.getMessage());
        }
    }

    static double parseRate(String s) {
        String v = s.endsWith("/s") ? s.substring(0, s.length() - 2) : s;
        try {
            double r = Double.parseDouble(v);
            if (r <= 0) {
                throw new NumberFormatException();
            }
            return r;
        } catch (NumberFormatException e) {
            throw VpsnapException.usage("--rate-limit expects N/s with N > 0, e.g. 5/s, not '" + s + "'");
        }
    }
}
