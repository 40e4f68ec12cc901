package dev.vpsnap.app;

import dev.vpsnap.clock.Sleeper;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.ops.schedule.LocalSchedules;
import dev.vpsnap.provider.KnownServers;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.ProviderContext;
import dev.vpsnap.provider.ProviderDescriptor;
import dev.vpsnap.provider.ProviderFactory;
import dev.vpsnap.transport.AuthStrategy;
import dev.vpsnap.transport.Http;
import dev.vpsnap.transport.HttpTransport;
import dev.vpsnap.transport.PlannedRequest;
import dev.vpsnap.transport.Redactor;
import dev.vpsnap.transport.RetryDeadline;
import dev.vpsnap.transport.RetryPolicy;
import dev.vpsnap.common.Secret;
import dev.vpsnap.transport.WireLog;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The composition root: the one place that builds transports — the derived OkHttp client (timeout, wire log), the
 * auth strategy, the account's pacer, the dry-run sink, the sandbox emulator — and wires a provider adapter onto one.
 * The CLI ({@code cli.Session}), the tests ({@code testing.TestTransport}) and the training run use it; nothing else
 * assembles a transport.
 *
 * <p>A connected provider checks in the contract's order: settings (facility, endpoint: exit 2) when it is made;
 * capability (exit 9) before credentials (exit 3), which are resolved only when the command first needs the account
 * ({@link Provider#require} or the first API call); then requests. Every provider it makes applies the unknown-server
 * rule ({@link KnownServers}), and where the provider has no schedules of its own, its {@code schedules()} are
 * vpsnap's local ones ({@link LocalSchedules}).
 */
public final class Connector implements AutoCloseable {

    /**
     * What a run sets for every connection it makes.
     *
     * @param maxRate   requests per second for each account (--max-rate), null for the provider's default pace
     * @param dryRun    where a dry run's curl lines go (mutations are then not sent)
     * @param sandbox   the sandbox's state directory, or null for the real providers
     * @param schedules where local schedules are kept (the sandbox's own under --sandbox)
     */
    public record Wiring(Duration requestTimeout, WireLog.Level wireLevel, Consumer<String> wireSink, Redactor redactor,
                         boolean allowInsecureHttp, Double maxRate, Clock clock, Sleeper sleeper, Consumer<PlannedRequest> dryRun,
                         Path sandbox, String sandboxQuirks, LocalSchedules.Home schedules,
                         RetryDeadline deadline) {
    }

    /**
     * One account, as a profile (or flags) describe it.
     *
     * @param endpoint null for the provider's default
     * @param key      resolved only when the account is first used (never under --sandbox)
     */
    public record Account(String profile, String endpoint, String facility, Long clientId, Supplier<Secret> key) {
    }

    private final Wiring wiring;
    private SandboxEmulator sandbox;

    public Connector(Wiring wiring) {
        this.wiring = wiring;
    }

    /** The production OkHttp client for one run: the shared one, derived with this timeout and wire log. */
    public static OkHttpClient client(Duration requestTimeout, Interceptor wireLog) {
        return Http.derive(Http.shared(), requestTimeout, wireLog);
    }

    /** How the provider of {@code d} authenticates, with {@code key}. */
    public static AuthStrategy auth(ProviderDescriptor d, Secret key) {
        return d.bearer() ? bearer(key) : apiKeyHeader(d.authHeader(), key);
    }

    public static AuthStrategy bearer(Secret key) {
        return new AuthStrategy.Bearer(key);
    }

    public static AuthStrategy apiKeyHeader(String header, Secret key) {
        return new AuthStrategy.ApiKeyHeader(header, key);
    }

    /** A transport over the production client (tests point it at a MockWebServer). */
    public static HttpTransport transport(Duration requestTimeout, Interceptor wireLog, HttpTransport.Settings settings) {
        return new HttpTransport(client(requestTimeout, wireLog), settings);
    }

    /**
     * The provider adapter for one account. Settings are checked now (exit 2); the key, the transport and (under
     * --sandbox) the emulator only when the account is first used.
     */
    public Provider connect(ProviderFactory factory, Account account, boolean dryRun) {
        return connect(factory, account, dryRun, null);
    }

    /** As {@link #connect(ProviderFactory, Account, boolean)} with another retry policy (null: the provider's own). */
    public Provider connect(ProviderFactory factory, Account account, boolean dryRun, RetryPolicy retry) {
        ProviderDescriptor d = factory.descriptor();
        boolean needsFacility = d.requiredSettings().contains("facility_code");
        String facility = account.facility() == null && wiring.sandbox() != null && needsFacility
                ? SandboxEmulator.DEMO_FACILITY : account.facility();
        if (needsFacility && facility == null) {
            throw new VpsnapException(ExitCode.USAGE, d.id() + " needs a facility", d.id(), null,
                    "pass --facility CODE or set facility_code in the profile", null);
        }
        HttpUrl base = wiring.sandbox() != null ? null
                : checkEndpoint(endpointOf(d, account));
        Supplier<Provider> adapter = () -> {
            HttpUrl url = base;
            Secret key;
            if (url == null) {
                url = HttpUrl.get(sandbox().baseUrl(d.id()));
                key = Secret.of(SandboxEmulator.apiKey(d.id()));
            } else {
                key = account.key().get();
            }
            wiring.redactor().add(key);
            HttpTransport t = transport(wiring.requestTimeout(), wireLog(), new HttpTransport.Settings(d.id(), url,
                    auth(d, key), retry != null ? retry : d.pace().retry(), wiring.sleeper(), dryRun ? wiring.dryRun() : null,
                    // shared by every profile of the process that reaches the same host (see RequestPace)
                    d.pace().pacer(d.id(), url, wiring.maxRate(), wiring.clock(), wiring.sleeper()), wiring.deadline()));
            return factory.create(new ProviderContext(account.profile(), t, facility, account.clientId(), wiring.clock(),
                    wiring.sleeper()));
        };
        return KnownServers.wrap(new LazyProvider(d, adapter, account.profile(), wiring.schedules(), dryRun));
    }

    /** Where {@code account}'s requests go (under --sandbox, the in-process emulator, started for the answer). */
    public String endpoint(ProviderDescriptor d, Account account) {
        return wiring.sandbox() != null ? sandbox().baseUrl(d.id()) : endpointOf(d, account);
    }

    /** The account's endpoint, else the provider's default. */
    private static String endpointOf(ProviderDescriptor d, Account account) {
        return account.endpoint() != null ? account.endpoint() : d.defaultEndpoint();
    }

    private synchronized SandboxEmulator sandbox() {
        if (sandbox == null) {
            sandbox = SandboxEmulator.start(wiring.sandbox(), wiring.clock(), wiring.sandboxQuirks(), wiring.wireSink());
        }
        return sandbox;
    }

    private Interceptor wireLog() {
        if (wiring.wireLevel() == WireLog.Level.OFF) {
            return null;
        }
        return WireLog.create(wiring.wireLevel(), wiring.wireSink(), wiring.redactor());
    }

    private HttpUrl checkEndpoint(String endpoint) {
        HttpUrl url = HttpUrl.parse(endpoint);
        if (url == null) {
            // shown without its query and user info: a token typed into the URL is not echoed
            throw VpsnapException.usage("invalid endpoint URL '"
                    + dev.vpsnap.config.ConfigRules.withoutSecrets(endpoint) + "'");
        }
        if (!url.isHttps() && !wiring.allowInsecureHttp() && !loopback(url.host())) {
            throw new VpsnapException(ExitCode.USAGE, "refusing plain http:// to " + url.host()
                    + ": the API key would cross the network unencrypted", null, null,
                    "use https://, or pass --allow-insecure-http if you really mean it", null);
        }
        return url;
    }

    public static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        try {
            return (Character.isDigit(h.charAt(0)) || h.contains(":")) && InetAddress.getByName(h).isLoopbackAddress();
        } catch (Exception e) {
            return false;
        }
    }

    /** Stops the sandbox emulator, if this run started one. */
    @Override
    public synchronized void close() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }
}
