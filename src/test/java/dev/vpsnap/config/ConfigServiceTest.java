package dev.vpsnap.config;

import static dev.vpsnap.config.ConfigTesting.CLI_MD_EXAMPLE;
import static dev.vpsnap.config.ConfigTesting.PROVIDERS;
import static dev.vpsnap.config.ConfigTesting.assertNoSecret;
import static dev.vpsnap.config.ConfigTesting.fails;
import static dev.vpsnap.config.ConfigTesting.perms;
import static dev.vpsnap.config.ConfigTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigServiceTest {
    private static final String SECRET = "svc-secret-31337";

    @TempDir
    Path dir;

    private final ConfigService service = new ConfigService(PROVIDERS);

    private Path file() {
        return dir.resolve("vpsnap/config.toml");
    }

    @Test
    void initWritesAnOwnerOnlyFileWithTheFirstProfileAsDefault() throws IOException {
        Profile first = Profile.builder("prod-hv").provider("hivelocity").facilityCode("TPA1").clientId(1234L)
                .apiKeyCommand("pass show hivelocity/api").build();
        service.init(file(), first, false);
        assertEquals("rw-------", perms(file()));
        ConfigFile back = ConfigFile.load(file());
        assertEquals(Optional.of("prod-hv"), back.defaultProfile());
        assertEquals(List.of(first), back.profiles());
    }

    @Test
    void initRefusesAnExistingFileUnlessForced() throws IOException {
        write(file(), CLI_MD_EXAMPLE, "rw-------");
        Profile p = Profile.builder("solo").provider("vpsorg").build();
        VpsnapException e = fails(ExitCode.USAGE, () -> service.init(file(), p, false));
        assertEquals(file() + " already exists", e.getMessage());
        assertEquals(3, ConfigFile.load(file()).profiles().size(), "untouched");
        service.init(file(), p, true);
        assertEquals(List.of("solo"), ConfigFile.load(file()).profileNames());
    }

    @Test
    void initValidates() {
        fails(ExitCode.USAGE, () -> service.init(file(), Profile.builder("x").provider("aws").build(), false));
        fails(ExitCode.USAGE, () -> service.init(file(), Profile.builder("x").build(), false));
        fails(ExitCode.USAGE, () -> service.init(file(), Profile.builder("bad name").provider("core").build(), false));
        assertFalse(Files.exists(file()));
    }

    @Test
    void setProfileCreatesMergesAndKeepsOtherProfiles() throws IOException {
        write(file(), CLI_MD_EXAMPLE, "rw-r--r--");
        ProfileChange updated = service.setProfile(file(), Profile.builder("web").endpoint("https://h.example/api").output("json").build());
        assertFalse(updated.created());
        assertFalse(updated.becameDefault());
        assertEquals(new Profile("web", "hostinger", "https://h.example/api", null, null, "HOSTINGER_TOKEN", null, null, "json"),
                updated.profile());
        ProfileChange created = service.setProfile(file(), Profile.builder("new").provider("vpsorg").build());
        assertTrue(created.created());
        ConfigFile back = ConfigFile.load(file());
        assertEquals(List.of("prod-hv", "web", "gpu", "new"), back.profileNames());
        assertEquals(ConfigFile.parse(CLI_MD_EXAMPLE, null).profile("prod-hv"), back.profile("prod-hv"));
        assertEquals(updated.profile(), back.profile("web").orElseThrow());
        assertEquals("rw-------", perms(file()));
    }

    @Test
    void setProfileUnsetsKeys() throws IOException {
        write(file(), CLI_MD_EXAMPLE, "rw-------");
        service.setProfile(file(), Profile.builder("prod-hv").apiKeyEnv("HV_KEY").build(), Set.of("api_key_command", "client_id"));
        assertEquals(new Profile("prod-hv", "hivelocity", null, "TPA1", null, "HV_KEY", null, null, null),
                ConfigFile.load(file()).profile("prod-hv").orElseThrow());
        fails(ExitCode.USAGE, () -> service.setProfile(file(), Profile.builder("web").build(), Set.of("provider")));
        fails(ExitCode.USAGE, () -> service.setProfile(file(), Profile.builder("web").build(), Set.of("nope")));
    }

    @Test
    void firstProfileOfAnEmptyFileBecomesDefault() {
        ProfileChange c = service.setProfile(file(), Profile.builder("only").provider("core").build());
        assertTrue(c.created());
        assertTrue(c.becameDefault());
        assertEquals(Optional.of("only"), ConfigFile.load(file()).defaultProfile());
    }

    @Test
    void setProfileRefusesASecretAndKeepsOneFromTheFile() throws IOException {
        VpsnapException e = fails(ExitCode.USAGE,
                () -> service.setProfile(file(), Profile.builder("k").provider("core").apiKey(SECRET).build()));
        assertNoSecret(e, SECRET);
        assertFalse(Files.exists(file()));

        write(file(), "[profiles.k]\nprovider = \"core\"\napi_key = \"" + SECRET + "\"\n", "rw-------");
        service.setProfile(file(), Profile.builder("k").endpoint("https://core.example/v1").build());
        assertEquals(SECRET, ConfigFile.load(file()).profile("k").orElseThrow().apiKey());
    }

    @Test
    void setProfileNeedsAProviderToCreate() {
        VpsnapException e = fails(ExitCode.USAGE, () -> service.setProfile(file(), Profile.builder("x").build()));
        assertTrue(e.getMessage().startsWith("profile 'x' does not exist; creating it needs a provider"), e.getMessage());
    }

    @Test
    void setProfileRefusesAnUnsafeFile() throws IOException {
        write(file(), "[profiles.k]\nprovider = \"core\"\napi_key = \"" + SECRET + "\"\n", "rw-rw-r--");
        fails(ExitCode.AUTH, () -> service.setProfile(file(), Profile.builder("k").output("json").build()));
    }

    @Test
    void listAndUse() throws IOException {
        write(file(), CLI_MD_EXAMPLE, "rw-------");
        assertEquals(List.of(
                new ProfileRow("prod-hv", "hivelocity", null, true),
                new ProfileRow("web", "hostinger", null, false),
                new ProfileRow("gpu", "core", "https://infrahub-api.nexgencloud.com/v1", false)), service.list(file()));
        service.use(file(), "gpu");
        assertEquals(List.of(false, false, true), service.list(file()).stream().map(ProfileRow::isDefault).toList());
        VpsnapException e = fails(ExitCode.USAGE, () -> service.use(file(), "nope"));
        assertEquals("no profile 'nope' in " + file() + "; profiles: prod-hv, web, gpu", e.getMessage());
        assertEquals(List.of(), service.list(dir.resolve("absent.toml")));
    }

    @Test
    void showRedactsTheKeyButNotTheCommand() throws IOException {
        write(file(), CLI_MD_EXAMPLE + "\n[profiles.k]\nprovider = \"core\"\napi_key = \"" + SECRET + "\"\n", "rw-------");
        ProfileView k = service.show(file(), "k");
        assertEquals("****", k.apiKey());
        assertFalse(k.toString().contains(SECRET));
        ProfileView def = service.show(file(), null);
        assertEquals("prod-hv", def.name());
        assertTrue(def.isDefault());
        assertEquals("pass show hivelocity/api", def.apiKeyCommand());
        assertEquals(null, def.apiKey());
        List<ProfileView> all = service.showAll(file());
        assertEquals(4, all.size());
        assertFalse(all.toString().contains(SECRET));
    }

    @Test
    void showWithoutDefaultOrUnknownName() throws IOException {
        write(file(), "[profiles.a]\nprovider = \"core\"\n", "rw-------");
        VpsnapException noDefault = fails(ExitCode.USAGE, () -> service.show(file(), null));
        assertEquals("no default profile in " + file() + "; profiles: a", noDefault.getMessage());
        fails(ExitCode.USAGE, () -> service.show(file(), "b"));
    }
}
