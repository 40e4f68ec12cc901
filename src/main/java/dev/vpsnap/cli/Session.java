package dev.vpsnap.cli;

import dev.vpsnap.app.Connector;
import dev.vpsnap.app.SandboxEmulator;
import dev.vpsnap.config.ConfigFile;
import dev.vpsnap.config.ConfigPaths;
import dev.vpsnap.config.CredentialResolver;
import dev.vpsnap.config.Overrides;
import dev.vpsnap.config.ProfileResolver;
import dev.vpsnap.config.ResolvedProfile;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.ops.ActiveOperations;
import dev.vpsnap.ops.Resume;
import dev.vpsnap.ops.Waiter;
import dev.vpsnap.ops.schedule.LocalSchedules;
import dev.vpsnap.ops.schedule.ScheduleStore;
import dev.vpsnap.output.OutputFormat;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.ProviderDescriptor;
import dev.vpsnap.provider.ProviderFactory;
import dev.vpsnap.transport.Redactor;
import dev.vpsnap.transport.RetryDeadline;
import dev.vpsnap.common.Secret;
import dev.vpsnap.transport.WireLog;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One invocation's resolved world: output format, profile, credentials, where local schedules live, and the
 * provider adapter, connected through the composition root ({@link Connector}, which alone builds transports and,
 * with {@code --sandbox}, the in-process emulator). Option precedence (flag > env > profile > default) is resolved
 * here and in {@link ProfileResolver}, nowhere else.
 */
public final class Session implements AutoCloseable {
    static final String ENV_SANDBOX = "VPSNAP_SANDBOX";
    static final String ENV_OUTPUT = "VPSNAP_OUTPUT";

    private final RootCommand root;
    private final Environment env;
    private final Redactor redactor = new Redactor();
    private final ActiveOperations active = new ActiveOperations();
    private final DryRunSink dryRunSink = new DryRunSink();
    private ConfigFile configFile;
    private ResolvedProfile profile;
    private Provider provider;
    private Boolean providerDryRun;
    private Connector connector;
    private RetryDeadline deadline;

    Session(RootCommand root, Environment env) {
        this.root = root;
        this.env = env;
    }

    public Redactor redactor() {
        return redactor;
    }

    /**
     * What every message and hint the user sees passes through: {@link Resume#within} with the
     * run's context, so a quoted {@code 'vpsnap server list'} carries the run's {@code --provider}, {@code --sandbox},
     * {@code --endpoint}, ... and works when pasted (the context is resolved only for such a text); then the redactor,
     * last, so no secret in that context shows.
     */
    public UnaryOperator<String> scrub() {
        return s -> redactor.scrub(Resume.quotesCommand(s) ? resumeContext().within(s) : s);
    }

    /**
     * What a command printed for this run to paste must carry (see {@link Resume}): the resolved profile's provider,
     * endpoint (or {@code --sandbox}), facility and client id, the config file, key file and output format given.
     * When the profile cannot be resolved (that is the error being reported), the options given on the line.
     */
    public Resume resumeContext() {
        boolean sandbox;
        ResolvedProfile p;
        try {
            sandbox = sandboxMode();
            p = profile();
        } catch (RuntimeException unresolved) {
            sandbox = root.sandbox;
            p = null;
        }
        String config = root.config != null ? root.config : env.getenv("VPSNAP_CONFIG");
        String keyFile = root.apiKeyFile == null ? null : root.apiKeyFile.toString();
        if (p == null) {
            return new Resume(config, root.profile, root.provider, sandbox ? null : root.endpoint, root.facility,
                    root.clientId == null ? null : String.valueOf(root.clientId), keyFile, sandbox, root.output);
        }
        return new Resume(config, p.name(), p.provider(), sandbox ? null : p.endpoint(), p.facilityCode(),
                p.clientId() == null ? null : String.valueOf(p.clientId()), keyFile, sandbox, root.output);
    }

    public ActiveOperations activeOperations() {
        return active;
    }

    /** The requests {@code --dry-run} transports did not send (the mutation pipeline prints them). */
    public DryRunSink dryRunSink() {
        return dryRunSink;
    }

    /** {@code -o}, else {@code VPSNAP_OUTPUT}, else the profile's {@code output}, else table. */
    public OutputFormat outputFormat() {
        String o = outputOption();
        return o == null ? OutputFormat.TABLE : OutputFormat.parse(o);
    }

    /**
     * The {@code -o} value as given (flag, else {@code VPSNAP_OUTPUT}, else the profile's {@code output}), e.g.
     * {@code columns=id,name}; null if none.
     */
    public String outputOption() {
        String o = root.output != null ? root.output : env.getenv(ENV_OUTPUT);
        return o != null ? o : profileOutput();
    }

    /**
     * The profile's default format, when a profile applies. A command that needs no profile (config, providers) is
     * not failed here by one that cannot be resolved: the command that needs it reports that.
     */
    private String profileOutput() {
        sandboxMode(); // a bad VPSNAP_SANDBOX is exit 2 on every command
        try {
            return profile().output();
        } catch (VpsnapException noProfile) {
            return null;
        }
    }

    /** {@code --sandbox}, or {@code VPSNAP_SANDBOX} (1/true/yes/on, 0/false/no/off; anything else exit 2). */
    public boolean sandboxMode() {
        return root.sandbox | env.flag(ENV_SANDBOX);
    }

    public Path configPath() {
        return ConfigPaths.configFile(root.config, env.env());
    }

    public ConfigFile config() {
        if (configFile == null) {
            configFile = ConfigPaths.configNamed(root.config, env.env()) ? ConfigFile.loadNamed(configPath())
                    : ConfigFile.load(configPath());
        }
        return configFile;
    }

    public ResolvedProfile profile() {
        if (profile == null) {
            boolean none = !configPath().toFile().exists() && !ConfigPaths.configNamed(root.config, env.env());
            ConfigFile file = sandboxMode() && none ? ConfigFile.empty() : config();
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

    public Set<String> providerIds() {
        Set<String> ids = new LinkedHashSet<>();
        env.registry().all().forEach(f -> ids.add(f.descriptor().id()));
        return ids;
    }

    public Waiter waiter() {
        return new Waiter(env.clock(), env.sleeper(), env.random(), active);
    }

    /**
     * Where this run's local schedules live: {@code schedules.json} beside the config file with run locks under
     * {@code $XDG_STATE_HOME/vpsnap/locks/}; under {@code --sandbox} both inside the sandbox state, so
     * {@code sandbox reset} takes them along and the real store never sees a sandbox schedule.
     */
    public LocalSchedules.Home scheduleHome() {
        Path file;
        Path locks;
        if (sandboxMode()) {
            Path dir = SandboxEmulator.stateDir(env.env());
            file = dir.resolve(SandboxEmulator.SCHEDULES);
            locks = dir.resolve("locks");
        } else {
            file = configPath().toAbsolutePath().getParent().resolve(ScheduleStore.FILE_NAME);
            locks = ConfigPaths.stateDir(env.env()).resolve("locks");
        }
        return new LocalSchedules.Home(new ScheduleStore(file, locks.resolve("schedules.lock")), locks, env.clock(),
                env.random(), this::note);
    }

    /** The provider adapter for this invocation. With {@code dryRun} its mutations print curl lines instead. */
    public Provider provider(boolean dryRun) {
        if (provider != null && providerDryRun == dryRun) {
            return provider;
        }
        provider = connect(profile(), dryRun, false);
        providerDryRun = dryRun;
        return provider;
    }

    /**
     * Every profile of the config file, each resolved as if named with {@code -p} ({@code --all-profiles}), on its own:
     * {@code VPSNAP_PROFILE}, {@code VPSNAP_PROVIDER} and {@code VPSNAP_ENDPOINT} do not apply.
     */
    public List<ResolvedProfile> allProfiles() {
        ConfigFile file = config();
        if (file.profileNames().isEmpty()) {
            throw new VpsnapException(ExitCode.USAGE, "--all-profiles: no profiles in " + configPath(),
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
        return connect(p, dryRun, true);
    }

    /** The environment without what would make every profile the same: the profile, provider, endpoint and key overrides. */
    private Map<String, String> profileOnlyEnv() {
        Map<String, String> vars = new HashMap<>(env.env());
        vars.keySet().removeAll(Set.of(ProfileResolver.ENV_PROFILE, ProfileResolver.ENV_PROVIDER,
                ProfileResolver.ENV_ENDPOINT, CredentialResolver.ENV_API_KEY));
        return vars;
    }

    /**
     * What {@code auth status} reports of a profile: the endpoint, where the key came from (never the key), and an
     * adapter whose requests are each sent once (no retry: a probe measures, it does not insist).
     */
    public record Probe(String endpoint, String keySource, Provider provider) {
    }

    /** A probe of {@code p}; {@code profileCredentialsOnly} as for {@link #provider(ResolvedProfile, boolean)}. */
    public Probe probe(ResolvedProfile p, boolean profileCredentialsOnly) {
        ProviderFactory factory = env.registry().get(p.provider());
        ProviderDescriptor d = factory.descriptor();
        dev.vpsnap.config.Credential c = sandboxMode() ? null : credential(d, p, profileCredentialsOnly);
        Connector.Account account = account(p, () -> c.secret());
        Provider provider = connector().connect(factory, account, false, dev.vpsnap.transport.RetryPolicy.none());
        return new Probe(connector().endpoint(d, account), c == null ? "sandbox" : c.source(), provider);
    }

    private dev.vpsnap.config.Credential credential(ProviderDescriptor d, ResolvedProfile p, boolean profileCredentialsOnly) {
        return profileCredentialsOnly
                ? new CredentialResolver().resolveCredential(d.id(), null, p, null, env.in(), profileOnlyEnv())
                : new CredentialResolver().resolveCredential(d.id(), d.credentialEnv(), p, root.apiKeyFile, env.in(), env.env());
    }

    private Provider connect(ResolvedProfile p, boolean dryRun, boolean profileCredentialsOnly) {
        ProviderFactory factory = env.registry().get(p.provider());
        ProviderDescriptor d = factory.descriptor();
        Supplier<Secret> key = () -> credential(d, p, profileCredentialsOnly).secret();
        return connector().connect(factory, account(p, key), dryRun);
    }

    /** The account {@code p} names, its key from {@code key} when a request first needs it. */
    private static Connector.Account account(ResolvedProfile p, Supplier<Secret> key) {
        return new Connector.Account(p.name(), p.endpoint(), p.facilityCode(), p.clientId(), key);
    }

    /** The run's bound on retrying, one for all its requests ({@link RunDeadline}). */
    private synchronized RetryDeadline deadline() {
        if (deadline == null) {
            deadline = RunDeadline.of(root.spec, env.clock());
        }
        return deadline;
    }

    private synchronized Connector connector() {
        if (connector == null) {
            WireLog.Level level = root.debugEnabled() ? WireLog.Level.DEBUG : root.verbose ? WireLog.Level.VERBOSE
                    : WireLog.Level.OFF;
            connector = new Connector(new Connector.Wiring(root.requestTimeout, level,
                    line -> println(env.err(), line), redactor, root.allowInsecureHttp,
                    root.maxRate == null ? null : MaxRate.parse(root.maxRate), env.clock(),
                    env.sleeper(), dryRunSink, sandboxMode() ? SandboxEmulator.stateDir(env.env()) : null,
                    env.getenv(SandboxEmulator.QUIRKS_VARIABLE),
                    scheduleHome(), deadline()));
        }
        return connector;
    }

    private static void println(java.io.PrintWriter w, String line) {
        synchronized (w) {
            w.println(line);
            w.flush();
        }
    }

    /** A status line on stderr, suppressed by {@code -q}. */
    private void note(String line) {
        if (!root.quiet) {
            println(env.err(), "vpsnap: " + line);
        }
    }

    @Override
    public void close() {
        if (connector != null) {
            connector.close();
            connector = null;
        }
    }
}
