package dev.vpsnap.cli;

import dev.vpsnap.config.ConfigFile;
import dev.vpsnap.config.ConfigPaths;
import dev.vpsnap.config.CredentialResolver;
import dev.vpsnap.config.Overrides;
import dev.vpsnap.config.ProfileResolver;
import dev.vpsnap.config.ResolvedProfile;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.ops.ActiveOperations;
import dev.vpsnap.ops.Durations;
import dev.vpsnap.ops.Waiter;
import dev.vpsnap.output.OutputFormat;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.ProviderContext;
import dev.vpsnap.provider.ProviderDescriptor;
import dev.vpsnap.provider.ProviderFactory;
import dev.vpsnap.transport.AuthStrategy;
import dev.vpsnap.transport.Http;
import dev.vpsnap.transport.HttpTransport;
import dev.vpsnap.transport.Pacer;
import dev.vpsnap.transport.Redactor;
import dev.vpsnap.transport.RetryPolicy;
import dev.vpsnap.transport.Secret;
import dev.vpsnap.transport.WireLog;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;

/**
 * One invocation's resolved world: output format, profile, credentials, the provider adapter and (with
 * {@code --sandbox}) the in-process emulator. Option precedence (flag > env > profile > default) is resolved here and
 * in {@link ProfileResolver}, nowhere else.
 */
public final class Session implements AutoCloseable {
    private final RootCommand root;
    private final Environment env;
    private final Redactor redactor = new Redactor();
    private final ActiveOperations active = new ActiveOperations();
    private ConfigFile configFile;
    private ResolvedProfile profile;
    private Provider provider;
    private Boolean providerDryRun;
    private Sandbox sandbox;

    Session(RootCommand root, Environment env) {
        this.root = root;
        this.env = env;
    }

    public Redactor redactor() {
        return redactor;
    }

    public ActiveOperations activeOperations() {
        return active;
    }

    public OutputFormat outputFormat() {
        String o = outputOption();
        return o == null ? OutputFormat.TABLE : OutputFormat.parse(o);
    }

    /** The {@code -o} value as given (flag, else {@code VPSNAP_OUTPUT}), e.g. {@code columns=id,name}; null if none. */
    public String outputOption() {
        return root.output != null ? root.output : env.getenv("VPSNAP_OUTPUT");
    }

    public boolean sandboxMode() {
        String v = env.getenv("VPSNAP_SANDBOX");
        return root.sandbox || "1".equals(v) || "true".equalsIgnoreCase(v);
    }

    public Path configPath() {
        return ConfigPaths.configFile(root.config, env.env());
    }

    public ConfigFile config() {
        if (configFile == null) {
            configFile = ConfigFile.load(configPath());
        }
        return configFile;
    }

    public ResolvedProfile profile() {
        if (profile == null) {
            ConfigFile file = sandboxMode() && !configPath().toFile().exists() ? ConfigFile.empty() : config();
            Overrides o = new Overrides(root.profile, sandboxProvider(file), root.endpoint, root.facility, root.clientId);
            profile = new ProfileResolver(providerIds()).resolve(o, env.env(), file);
        }
        return profile;
    }

    /**
     * The provider flag, or in the sandbox, when nothing names a provider or profile at all, {@value #SANDBOX_PROVIDER}
     * (so {@code vpsnap --sandbox snapshot list} works on a fresh machine).
     */
    private String sandboxProvider(ConfigFile file) {
        boolean nothingNamed = root.provider == null && root.profile == null && env.getenv("VPSNAP_PROVIDER") == null
                && env.getenv("VPSNAP_PROFILE") == null && file.defaultProfile().isEmpty();
        return sandboxMode() && nothingNamed ? SANDBOX_PROVIDER : root.provider;
    }

    static final String SANDBOX_PROVIDER = "vpsorg";

    public java.util.Set<String> providerIds() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        env.registry().all().forEach(f -> ids.add(f.descriptor().id()));
        return ids;
    }

    public Waiter waiter() {
        return new Waiter(env.clock(), env.sleeper(), env.random(), active);
    }

    /** The provider adapter for this invocation. With {@code dryRun} its mutations print curl lines instead. */
    public Provider provider(boolean dryRun) {
        if (provider != null && providerDryRun == dryRun) {
            return provider;
        }
        provider = build(profile(), dryRun, false);
        providerDryRun = dryRun;
        return provider;
    }

    /**
     * Every profile of the config file, each resolved as if named with {@code -p} ({@code --all-profiles}), on its own:
     * {@code VPSNAP_PROFILE}, {@code VPSNAP_PROVIDER} and {@code VPSNAP_ENDPOINT} do not apply.
     */
    public java.util.List<ResolvedProfile> allProfiles() {
        ConfigFile file = config();
        if (file.profileNames().isEmpty()) {
            throw new VpsnapException(dev.vpsnap.error.ExitCode.USAGE, "--all-profiles: no profiles in " + configPath(),
                    null, null, "add one with 'vpsnap config init NAME --provider ID'", null);
        }
        ProfileResolver resolver = new ProfileResolver(providerIds());
        return file.profileNames().stream()
                .map(n -> resolver.resolve(new Overrides(n, null, null, null, null), profileOnlyEnv(), file))
                .toList();
    }

    /**
     * A provider adapter for any resolved profile, with its own credentials, transport and pacer (one account, one
     * pace): what {@code --all-profiles} runs against, one per profile. The key comes from the profile alone
     * ({@code api_key_env}, {@code api_key_command}, {@code api_key}): {@code VPSNAP_API_KEY} and the provider's
     * variable would give every profile of a provider the same account.
     */
    public Provider provider(ResolvedProfile p, boolean dryRun) {
        return build(p, dryRun, true);
    }

    /** The environment without what would make every profile the same: the profile, provider, endpoint and key overrides. */
    private java.util.Map<String, String> profileOnlyEnv() {
        java.util.Map<String, String> vars = new java.util.HashMap<>(env.env());
        vars.keySet().removeAll(java.util.Set.of(ProfileResolver.ENV_PROFILE, ProfileResolver.ENV_PROVIDER,
                ProfileResolver.ENV_ENDPOINT, CredentialResolver.ENV_API_KEY));
        return vars;
    }

    private Provider build(ResolvedProfile p, boolean dryRun, boolean profileCredentialsOnly) {
        ProviderFactory factory = env.registry().get(p.provider());
        ProviderDescriptor d = factory.descriptor();
        String facility = p.facilityCode();
        String endpoint;
        Secret key;
        if (sandboxMode()) {
            synchronized (this) {
                if (sandbox == null) {
                    sandbox = Sandbox.start(env);
                }
            }
            endpoint = sandbox.baseUrl(d.id());
            key = Secret.of(sandbox.apiKey(d.id()));
            if (facility == null && d.requiredSettings().contains("facility_code")) {
                facility = Sandbox.DEMO_FACILITY;
            }
        } else {
            endpoint = p.endpoint() != null ? p.endpoint() : d.defaultEndpoint();
            key = profileCredentialsOnly
                    ? new CredentialResolver().resolve(d.id(), null, p, null, env.in(), profileOnlyEnv())
                    : new CredentialResolver().resolve(d.id(), d.credentialEnv(), p, root.apiKeyFile, env.in(), env.env());
        }
        if (d.requiredSettings().contains("facility_code") && facility == null) {
            throw new VpsnapException(dev.vpsnap.error.ExitCode.USAGE, d.id() + " needs a facility", d.id(), null,
                    "pass --facility CODE or set facility_code in the profile", null);
        }
        redactor.add(key);
        HttpUrl base = checkEndpoint(endpoint);
        AuthStrategy auth = d.bearer() ? new AuthStrategy.Bearer(key) : new AuthStrategy.ApiKeyHeader(d.authHeader(), key);
        Duration timeout = Durations.parse(root.requestTimeout);
        HttpTransport transport = new HttpTransport(Http.derive(Http.shared(), timeout, wireLog()),
                new HttpTransport.Settings(d.id(), base, auth, RetryPolicy.defaults(), env.sleeper(),
                        dryRun ? line -> {
                            synchronized (env.out()) {
                                env.out().println(line);
                                env.out().flush();
                            }
                        } : null, pacer(d)));
        return factory.create(new ProviderContext(p.name(), transport, facility, p.clientId(), env.clock(), env.sleeper()));
    }

    /** The account's pace: {@code --max-rate} when given, else the provider's default (see its descriptor). */
    private Pacer pacer(ProviderDescriptor d) {
        double perSecond = root.maxRate == null ? d.pace().perSecond() : MaxRate.parse(root.maxRate);
        int burst = root.maxRate == null ? d.pace().burst() : (int) Math.max(1, Math.min(10, perSecond));
        return new Pacer(perSecond, burst, env.clock(), env.sleeper());
    }

    private Interceptor wireLog() {
        WireLog.Level level = root.debugEnabled() ? WireLog.Level.DEBUG : root.verbose ? WireLog.Level.VERBOSE : WireLog.Level.OFF;
        if (level == WireLog.Level.OFF) {
            return null;
        }
        return WireLog.create(level, line -> {
            synchronized (env.err()) {
                env.err().println(line);
                env.err().flush();
            }
        }, redactor);
    }

    private HttpUrl checkEndpoint(String endpoint) {
        HttpUrl url = HttpUrl.parse(endpoint);
        if (url == null) {
            throw VpsnapException.usage("invalid endpoint URL '" + endpoint + "'");
        }
        if (!url.isHttps() && !root.allowInsecureHttp && !loopback(url.host())) {
            throw new VpsnapException(dev.vpsnap.error.ExitCode.USAGE, "refusing plain http:// to " + url.host()
                    + ": the API key would cross the network unencrypted", null, null,
                    "use https://, or pass --allow-insecure-http if you really mean it", null);
        }
        return url;
    }

    static boolean loopback(String host) {
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

    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }
}
