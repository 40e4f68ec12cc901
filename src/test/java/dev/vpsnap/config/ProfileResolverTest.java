package dev.vpsnap.config;

import static dev.vpsnap.config.ConfigTesting.CLI_MD_EXAMPLE;
import static dev.vpsnap.config.ConfigTesting.PROVIDERS;
import static dev.vpsnap.config.ConfigTesting.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileResolverTest {
    private static final String TWO_CORE = """
            default_profile = "a"
            [profiles.a]
            provider = "core"
            endpoint = "https://a.example/v1"
            output = "json"
            [profiles.b]
            provider = "core"
            endpoint = "https://b.example/v1"
            [profiles.hv]
            provider = "hivelocity"
            facility_code = "TPA1"
            client_id = 7
            """;

    private final ProfileResolver resolver = new ProfileResolver(PROVIDERS);
    private final ConfigFile file = ConfigFile.parse(TWO_CORE, Path.of("/c.toml"));

    private static Map<String, String> env(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Columns: --profile, VPSNAP_PROFILE, --endpoint, VPSNAP_ENDPOINT, expected profile, expected endpoint. */
    @ParameterizedTest(name = "[{index}] flag={0} env={1} --endpoint={2} VPSNAP_ENDPOINT={3} -> {4} {5}")
    @CsvSource(nullValues = "-", value = {
            "-, -, -,                  -,                  a, https://a.example/v1",
            "-, b, -,                  -,                  b, https://b.example/v1",
            "a, b, -,                  -,                  a, https://a.example/v1",
            "-, b, -,                  https://env.io/v1,  b, https://env.io/v1",
            "b, -, https://flag.io/v1, https://env.io/v1,  b, https://flag.io/v1",
            "-, -, https://flag.io/v1, -,                  a, https://flag.io/v1",
    })
    void precedenceIsFlagThenEnvThenProfile(String flagProfile, String envProfile, String flagEndpoint, String envEndpoint,
                                            String profile, String endpoint) {
        Map<String, String> env = new HashMap<>();
        if (envProfile != null) {
            env.put("VPSNAP_PROFILE", envProfile);
        }
        if (envEndpoint != null) {
            env.put("VPSNAP_ENDPOINT", envEndpoint);
        }
        ResolvedProfile r = resolver.resolve(new Overrides(flagProfile, null, flagEndpoint, null, null), env, file);
        assertEquals(profile, r.name());
        assertEquals(endpoint, r.endpoint());
        assertEquals("core", r.provider());
    }

    @Test
    void providerFlagBeatsEnvBeatsProfile() {
        ConfigFile none = ConfigFile.empty();
        assertEquals("vpsorg", resolver.resolve(new Overrides(null, "vpsorg", null, null, null),
                env("VPSNAP_PROVIDER", "core"), none).provider());
        assertEquals("core", resolver.resolve(Overrides.none(), env("VPSNAP_PROVIDER", "core"), none).provider());
        assertEquals("core", resolver.resolve(Overrides.none(), env(), file).provider());
    }

    @Test
    void facilityAndClientIdFlagBeatsProfile() {
        ResolvedProfile fromProfile = resolver.resolve(new Overrides("hv", null, null, null, null), env(), file);
        assertEquals("TPA1", fromProfile.facilityCode());
        assertEquals(7L, fromProfile.clientId());
        assertNull(fromProfile.endpoint(), "null endpoint = the provider's default");
        ResolvedProfile fromFlags = resolver.resolve(new Overrides("hv", "hivelocity", null, "LAX2", 9L), env(), file);
        assertEquals("LAX2", fromFlags.facilityCode());
        assertEquals(9L, fromFlags.clientId());
    }

    @Test
    void noProfileAtAllStillWorksWithAProvider() {
        ResolvedProfile r = resolver.resolve(new Overrides(null, "hostinger", null, null, null), env(), ConfigFile.empty());
        assertEquals(new ResolvedProfile(null, "hostinger", null, null, null, null), r);
        assertNull(r.output());
    }

    @Test
    void profileDefaultsItsOutput() {
        ResolvedProfile r = resolver.resolve(Overrides.none(), env(), file);
        assertSame(file.profile("a").orElseThrow(), r.source());
        assertEquals("json", r.output());
    }

    @Test
    void noProviderAnywhere() {
        VpsnapException e = fails(ExitCode.USAGE, () -> resolver.resolve(Overrides.none(), env(), ConfigFile.empty()));
        assertEquals("no provider: pass --provider, set VPSNAP_PROVIDER, or configure a profile (vpsnap config init)", e.getMessage());
    }

    @Test
    void namedProfileThatDoesNotExistListsTheNames() {
        VpsnapException e = fails(ExitCode.USAGE, () -> resolver.resolve(new Overrides("c", null, null, null, null), env(), file));
        assertEquals("no profile 'c' (from --profile) in /c.toml; profiles: a, b, hv", e.getMessage());
        VpsnapException fromEnv = fails(ExitCode.USAGE, () -> resolver.resolve(Overrides.none(), env("VPSNAP_PROFILE", "zz"), file));
        assertTrue(fromEnv.getMessage().startsWith("no profile 'zz' (from VPSNAP_PROFILE)"), fromEnv.getMessage());
    }

    @Test
    void danglingDefaultProfileIsReported() {
        ConfigFile dangling = ConfigFile.parse("default_profile = \"gone\"\n[profiles.x]\nprovider = \"core\"\n", Path.of("/c.toml"));
        VpsnapException e = fails(ExitCode.USAGE, () -> resolver.resolve(Overrides.none(), env(), dangling));
        assertEquals("no profile 'gone' (from default_profile in /c.toml) in /c.toml; profiles: x", e.getMessage());
        VpsnapException empty = fails(ExitCode.USAGE,
                () -> resolver.resolve(new Overrides("x", null, null, null, null), env(), ConfigFile.empty()));
        assertTrue(empty.getMessage().endsWith("no profiles are configured (run: vpsnap config init)"), empty.getMessage());
    }

    @Test
    void defaultProfileOfAnotherProviderIsNotApplied() {
        ConfigFile cli = ConfigFile.parse(CLI_MD_EXAMPLE, null);
        ResolvedProfile r = resolver.resolve(new Overrides(null, "vpsorg", null, null, null), env(), cli);
        assertEquals(new ResolvedProfile(null, "vpsorg", null, null, null, null), r, "no Hivelocity facility or key for vps.org");
    }

    @Test
    void explicitProfileOfAnotherProviderIsAConflict() {
        ConfigFile cli = ConfigFile.parse(CLI_MD_EXAMPLE, null);
        VpsnapException e = fails(ExitCode.USAGE,
                () -> resolver.resolve(new Overrides("prod-hv", null, null, null, null), env("VPSNAP_PROVIDER", "vpsorg"), cli));
        assertTrue(e.getMessage().startsWith(
                "profile 'prod-hv' (from --profile) is for hivelocity, but VPSNAP_PROVIDER says vpsorg"), e.getMessage());
    }

    @Test
    void unknownProviderFromFlagAndFromFile() {
        VpsnapException e = fails(ExitCode.USAGE,
                () -> resolver.resolve(new Overrides(null, "hivelocty", null, null, null), env(), ConfigFile.empty()));
        assertEquals("--provider: unknown provider 'hivelocty' (expected one of: hivelocity, hostinger, vpsorg, core);"
                + " did you mean 'hivelocity'?", e.getMessage());
        ConfigFile typo = ConfigFile.parse("[profiles.x]\nprovider = \"hetzner\"\n", Path.of("/c.toml"));
        VpsnapException f = fails(ExitCode.USAGE,
                () -> resolver.resolve(new Overrides(null, "core", null, null, null), env(), typo));
        assertTrue(f.getMessage().startsWith("[profiles.x] in /c.toml: unknown provider 'hetzner'"), f.getMessage());
    }

    @Test
    void endpointAndClientIdFlagsAreValidated() {
        VpsnapException e = fails(ExitCode.USAGE,
                () -> resolver.resolve(new Overrides(null, "core", "not a url", null, null), env(), ConfigFile.empty()));
        assertTrue(e.getMessage().startsWith("--endpoint: endpoint 'not a url' is not"), e.getMessage());
        VpsnapException env = fails(ExitCode.USAGE,
                () -> resolver.resolve(new Overrides(null, "core", null, null, null), env("VPSNAP_ENDPOINT", "localhost:8080"), ConfigFile.empty()));
        assertTrue(env.getMessage().startsWith("VPSNAP_ENDPOINT: "), env.getMessage());
        fails(ExitCode.USAGE, () -> resolver.resolve(new Overrides(null, "hivelocity", null, null, 0L), env(), ConfigFile.empty()));
    }

    @Test
    void blankVariablesCountAsUnset() {
        ResolvedProfile r = resolver.resolve(Overrides.none(),
                env("VPSNAP_PROFILE", "", "VPSNAP_PROVIDER", " ", "VPSNAP_ENDPOINT", ""), file);
        assertEquals("a", r.name());
        assertEquals("https://a.example/v1", r.endpoint());
    }
}
