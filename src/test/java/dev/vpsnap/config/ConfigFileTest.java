package dev.vpsnap.config;

import static dev.vpsnap.config.ConfigTesting.CLI_MD_EXAMPLE;
import static dev.vpsnap.config.ConfigTesting.assertNoSecret;
import static dev.vpsnap.config.ConfigTesting.fails;
import static dev.vpsnap.config.ConfigTesting.perms;
import static dev.vpsnap.config.ConfigTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigFileTest {
    private static final String SECRET = "sk-test-5ecr3t-value";
    private static final String WITH_KEY = "[profiles.k]\nprovider = \"vpsorg\"\napi_key = \"" + SECRET + "\"\n";

    @TempDir
    Path dir;

    @Test
    void parsesTheCliMdExample() {
        ConfigFile c = ConfigFile.parse(CLI_MD_EXAMPLE, null);
        assertEquals(Optional.of("prod-hv"), c.defaultProfile());
        assertEquals(List.of("prod-hv", "web", "gpu"), c.profileNames());
        assertEquals(new Profile("prod-hv", "hivelocity", null, "TPA1", 1234L, null, "pass show hivelocity/api", null, null),
                c.profile("prod-hv").orElseThrow());
        assertEquals(new Profile("web", "hostinger", null, null, null, "HOSTINGER_TOKEN", null, null, null),
                c.profile("web").orElseThrow());
        assertEquals(new Profile("gpu", "core", "https://infrahub-api.nexgencloud.com/v1", null, null, null, null, null, null),
                c.profile("gpu").orElseThrow());
    }

    @Test
    void missingFileIsAnEmptyConfig() {
        ConfigFile c = ConfigFile.load(dir.resolve("nope/config.toml"));
        assertTrue(c.isEmpty());
        assertEquals(dir.resolve("nope/config.toml"), c.source());
    }

    @Test
    void emptyFileIsAnEmptyConfig() throws IOException {
        assertTrue(ConfigFile.load(write(dir.resolve("c.toml"), "# nothing yet\n", "rw-r--r--")).isEmpty());
    }

    @Test
    void unknownKeyInProfileIsNamedWithASuggestion() {
        VpsnapException e = fails(ExitCode.USAGE, () -> ConfigFile.parse(
                "[profiles.gpu]\nprovider = \"core\"\nendpont = \"https://x.example\"\n", Path.of("/c.toml")));
        assertEquals("/c.toml: unknown key 'endpont' in [profiles.gpu]; did you mean 'endpoint'?", e.getMessage());
        assertTrue(e.hint().contains("facility_code"));
    }

    @Test
    void unknownTopLevelKeyIsNamed() {
        VpsnapException e = fails(ExitCode.USAGE, () -> ConfigFile.parse("default_profil = \"x\"\n", Path.of("/c.toml")));
        assertEquals("/c.toml: unknown key 'default_profil' at the top level; did you mean 'default_profile'?", e.getMessage());
    }

    @Test
    void malformedTomlIsOneLineNamingFileAndLine() throws IOException {
        Path f = write(dir.resolve("c.toml"), "default_profile = \"a\"\n[profiles.a]\nprovider = \n", "rw-------");
        VpsnapException e = fails(ExitCode.USAGE, () -> ConfigFile.load(f));
        assertTrue(e.getMessage().startsWith(f + ": invalid TOML at line 3"), e.getMessage());
        assertNull(e.getCause());
    }

    @Test
    void malformedTomlNeverEchoesTheSecret() throws IOException {
        Path f = write(dir.resolve("c.toml"), "[profiles.a]\napi_key = " + SECRET + "\n", "rw-------");
        assertNoSecret(fails(ExitCode.USAGE, () -> ConfigFile.load(f)), SECRET);
        Path g = write(dir.resolve("d.toml"), "[profiles.a]\nprovider = \"core\"\napi_key = 12345\n", "rw-------");
        assertNoSecret(fails(ExitCode.USAGE, () -> ConfigFile.load(g)), "12345");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "client_id = \"12\"              | client_id must be a positive integer",
            "client_id = 0                   | client_id must be a positive integer",
            "client_id = -4                  | client_id must be a positive integer",
            "endpoint = \"ftp://x.example\"  | is not an http(s) URL",
            "endpoint = \"https://u:p@x.io\" | must not embed credentials",
            "output = \"jsn\"                | output 'jsn' is not one of",
            "facility_code = 7               | facility_code must be a string",
            "api_key_env = \"\"              | api_key_env is empty",
    })
    void badValuesAreUsageErrorsNamingProfileAndFile(String line, String expected) {
        VpsnapException e = fails(ExitCode.USAGE,
                () -> ConfigFile.parse("[profiles.p]\nprovider = \"hivelocity\"\n" + line + "\n", Path.of("/c.toml")));
        assertTrue(e.getMessage().startsWith("[profiles.p] in /c.toml: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("u:p@"), e.getMessage());
    }

    @Test
    void profileWithoutProviderIsRefused() {
        VpsnapException e = fails(ExitCode.USAGE, () -> ConfigFile.parse("[profiles.p]\nendpoint = \"https://x.io\"\n", null));
        assertTrue(e.getMessage().contains("profile 'p' has no provider"), e.getMessage());
    }

    @Test
    void apiKeyInGroupReadableFileIsRefusedWithExit3() throws IOException {
        Path f = write(dir.resolve("c.toml"), WITH_KEY, "rw-r--r--");
        VpsnapException e = fails(ExitCode.AUTH, () -> ConfigFile.load(f));
        assertEquals(f + " holds an api_key and is readable by group/others", e.getMessage());
        assertEquals("run: chmod 600 " + f, e.hint());
        assertNoSecret(e, SECRET);
    }

    @Test
    void apiKeyInGroupOnlyReadableFileIsRefused() throws IOException {
        Path f = write(dir.resolve("c.toml"), WITH_KEY, "rw-r-----");
        fails(ExitCode.AUTH, () -> ConfigFile.load(f));
    }

    @Test
    void apiKeyInOwnerOnlyFileIsAccepted() throws IOException {
        Path f = write(dir.resolve("c.toml"), WITH_KEY, "rw-------");
        assertEquals(SECRET, ConfigFile.load(f).profile("k").orElseThrow().apiKey());
    }

    @Test
    void worldReadableFileWithoutApiKeyIsAccepted() throws IOException {
        Path f = write(dir.resolve("c.toml"), CLI_MD_EXAMPLE, "rw-r--r--");
        assertEquals(3, ConfigFile.load(f).profiles().size());
    }

    @Test
    void savedFileIsOwnerOnlyAndRoundTrips() throws IOException {
        Path f = dir.resolve("new/sub/config.toml");
        ConfigFile c = ConfigFile.parse(CLI_MD_EXAMPLE, null)
                .withProfile(new Profile("odd", "vpsorg", "http://127.0.0.1:8080/vpsorg", null, null, null,
                        "printf '%s' \"$(cat ~/k)\" \\ \t", SECRET, "json"));
        c.save(f);
        assertEquals("rw-------", perms(f));
        assertEquals("rwx------", perms(f.getParent()));
        ConfigFile back = ConfigFile.load(f);
        assertEquals(c.profiles(), back.profiles());
        assertEquals(c.defaultProfile(), back.defaultProfile());
        try (var files = Files.list(f.getParent())) {
            assertEquals(List.of(f), files.toList(), "no temp file left behind");
        }
    }

    @Test
    void saveReplacesAnOpenFileAndTightensItsMode() throws IOException {
        Path f = write(dir.resolve("config.toml"), CLI_MD_EXAMPLE, "rw-r--r--");
        ConfigFile.load(f).withDefault("web").save(f);
        assertEquals("rw-------", perms(f));
        ConfigFile back = ConfigFile.load(f);
        assertEquals(Optional.of("web"), back.defaultProfile());
        assertEquals(List.of("prod-hv", "web", "gpu"), back.profileNames(), "other profiles kept, in order");
    }

    @Test
    void saveThroughASymlinkKeepsTheLink() throws IOException {
        Path real = write(dir.resolve("dotfiles/config.toml"), CLI_MD_EXAMPLE, "rw-------");
        Path link = Files.createSymbolicLink(dir.resolve("config.toml"), real);
        ConfigFile.load(link).withDefault("gpu").save(link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(Optional.of("gpu"), ConfigFile.load(real).defaultProfile());
    }

    @Test
    void withProfileReplacesInPlaceAndWithDefaultNeedsAProfile() {
        ConfigFile c = ConfigFile.parse(CLI_MD_EXAMPLE, null)
                .withProfile(new Profile("web", "hostinger", null, null, null, "OTHER", null, null, null));
        assertEquals(List.of("prod-hv", "web", "gpu"), c.profileNames());
        assertEquals("OTHER", c.profile("web").orElseThrow().apiKeyEnv());
        VpsnapException e = fails(ExitCode.USAGE, () -> c.withDefault("nope"));
        assertEquals("no profile 'nope'; profiles: prod-hv, web, gpu", e.getMessage());
        assertEquals(Optional.empty(), c.withoutProfile("prod-hv").defaultProfile());
    }

    @Test
    void toStringsNeverRevealTheKey() {
        ConfigFile c = ConfigFile.parse(WITH_KEY, null);
        assertFalse(c.toString().contains(SECRET));
        assertFalse(c.profile("k").orElseThrow().toString().contains(SECRET));
        assertTrue(c.profile("k").orElseThrow().toString().contains("apiKey=****"));
    }

    @Test
    void invalidProfileNameIsRefused() {
        VpsnapException e = fails(ExitCode.USAGE, () -> ConfigFile.parse("[profiles.\"a b\"]\nprovider = \"core\"\n", null));
        assertTrue(e.getMessage().contains("invalid profile name 'a b'"), e.getMessage());
    }
}
