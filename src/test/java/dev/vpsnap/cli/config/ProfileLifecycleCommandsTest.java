package dev.vpsnap.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.testing.CliHarness;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.FakeClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code config delete-profile} and {@code config rename-profile} through the production factory. */
class ProfileLifecycleCommandsTest {
    @TempDir
    Path home;

    CliHarness cli;

    private Path file() {
        return home.resolve("vpsnap/config.toml");
    }

    private Result ok(String... args) {
        Result r = cli.run(args);
        assertEquals(0, r.exitCode(), r::toString);
        return r;
    }

    @BeforeEach
    void profiles() {
        cli = new CliHarness(new FakeClock()).env("XDG_CONFIG_HOME", home.toString());
        ok("config", "init", "prod-hv", "--provider", "hivelocity", "--facility", "TPA1", "--api-key-command", "pass show hv");
        ok("config", "set-profile", "web", "--provider", "hostinger", "--api-key-env", "HOSTINGER_TOKEN");
        ok("config", "set-profile", "gpu", "--provider", "core");
    }

    private String perms() throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file()));
    }

    @Test
    void renameKeepsTheOrderTheFieldsAndMovesTheDefault() throws IOException {
        Result r = ok("config", "rename-profile", "prod-hv", "hv");
        assertEquals("vpsnap: renamed profile 'prod-hv' to 'hv' (still the default)\n", r.err());
        String toml = Files.readString(file());
        assertTrue(toml.contains("default_profile = \"hv\""), toml);
        assertTrue(toml.indexOf("[profiles.hv]") < toml.indexOf("[profiles.web]"), "order kept: " + toml);
        assertTrue(toml.contains("api_key_command = \"pass show hv\"") && !toml.contains("prod-hv"), toml);
        assertEquals("rw-------", perms());

        ok("config", "rename-profile", "web", "web-eu");
        assertTrue(Files.readString(file()).contains("default_profile = \"hv\""), "a non-default rename leaves it");
        com.fasterxml.jackson.databind.JsonNode list = dev.vpsnap.testing.JsonAssert.tree(ok("config", "list", "-o", "json").out());
        assertEquals(java.util.List.of("hv", "web-eu", "gpu"), list.findValuesAsText("name"), list::toString);
    }

    @Test
    void renameRefusesAMissingSourceATakenOrInvalidTarget() throws IOException {
        String before = Files.readString(file());
        Result missing = cli.run("config", "rename-profile", "nope", "x");
        assertEquals(2, missing.exitCode(), missing::toString);
        assertEquals("vpsnap: config rename-profile: no profile 'nope' in " + file() + "; profiles: prod-hv, web, gpu\n",
                missing.err());
        Result taken = cli.run("config", "rename-profile", "web", "gpu");
        assertEquals(2, taken.exitCode(), taken::toString);
        assertTrue(taken.err().contains("profile 'gpu' already exists"), taken::toString);
        Result invalid = cli.run("config", "rename-profile", "web", "a b");
        assertEquals(2, invalid.exitCode(), invalid::toString);
        assertEquals(1, invalid.err().lines().count(), invalid::toString);
        assertEquals(before, Files.readString(file()), "nothing written");
    }

    @Test
    void deleteRemovesTheProfileAndSaysWhenTheDefaultWentWithIt() throws IOException {
        Result web = ok("config", "delete-profile", "web");
        assertEquals("vpsnap: deleted profile 'web'\n", web.err());
        Result def = ok("config", "delete-profile", "prod-hv");
        assertTrue(def.err().contains("it was the default, so there is none now"), def::toString);
        String toml = Files.readString(file());
        assertFalse(toml.contains("default_profile") || toml.contains("web") || toml.contains("prod-hv"), toml);
        assertEquals("rw-------", perms());
        Result again = cli.run("config", "delete-profile", "web");
        assertEquals(2, again.exitCode(), again::toString);
        assertEquals(1, again.err().lines().count(), again::toString);
    }
}
