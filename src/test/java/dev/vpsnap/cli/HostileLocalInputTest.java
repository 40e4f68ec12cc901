package dev.vpsnap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.testing.CliHarness;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import dev.vpsnap.testing.FakeClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, points 12 and 13: user errors in local input (keys, config files, the sandbox state, endpoints) are one line
 * and a documented exit code — never exit 1, a stack trace, a hang, a silently ignored file or an echoed secret.
 */
class HostileLocalInputTest {
    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(new FakeClock()).env("XDG_STATE_HOME", dir.resolve("state").toString())
                .env("XDG_CONFIG_HOME", dir.resolve("config").toString());
    }

    private static void oneCleanLine(Result r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), () -> "no stack trace\n" + r);
        assertEquals(1, r.err().strip().lines().filter(l -> l.startsWith("vpsnap: ")).count(), r::toString);
        assertFalse(r.err().contains("this is a bug"), r::toString);
    }

    @Test
    void aKeyWithAPastedNonBreakingSpaceIsAnAuthErrorThatDoesNotShowTheKey() {
        Result r = cli.env("VPSORG_API_TOKEN", "tok3n-part\u00a0two").run("--provider", "vpsorg", "--endpoint",
                "http://127.0.0.1:9/api", "server", "list");
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().contains("non-ASCII") && r.err().contains("U+00A0"), r::toString);
        assertFalse(r.err().contains("tok3n") || r.out().contains("tok3n"), "the key is never shown\n" + r);
        oneCleanLine(r);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void anEndlessOrBlockingConfigIsRefusedAtOnce() throws Exception {
        Result zero = cli.run("--config", "/dev/zero", "--provider", "vpsorg", "server", "list");
        assertEquals(2, zero.exitCode(), zero::toString);
        assertTrue(zero.err().contains("not a regular file"), zero::toString);
        oneCleanLine(zero);

        Path fifo = dir.resolve("config.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Result blocked = cli.run("--config", fifo.toString(), "--provider", "vpsorg", "server", "list");
        assertEquals(2, blocked.exitCode(), blocked::toString);
        oneCleanLine(blocked);

        Path big = dir.resolve("big.toml");
        Files.write(big, ("# " + "x".repeat(2 * 1024 * 1024) + "\n").getBytes(StandardCharsets.UTF_8));
        Result huge = cli.run("--config", big.toString(), "--provider", "vpsorg", "server", "list");
        assertEquals(2, huge.exitCode(), huge::toString);
        oneCleanLine(huge);
    }

    @Test
    void aNamedConfigThatDoesNotExistIsAnErrorNotAnEmptyConfig() throws Exception {
        Result missing = cli.run("--config", dir.resolve("typo.toml").toString(), "--sandbox", "--provider", "vpsorg",
                "server", "list");
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("does not exist"), missing::toString);
        oneCleanLine(missing);

        Path link = dir.resolve("dangling.toml");
        Files.createSymbolicLink(link, dir.resolve("gone.toml"));
        Result dangling = cli.env("VPSNAP_CONFIG", link.toString()).run("--sandbox", "--provider", "vpsorg", "server", "list");
        assertEquals(2, dangling.exitCode(), dangling::toString);
        assertTrue(dangling.err().contains("dangling"), dangling::toString);
    }

    /** The default config file, private to its owner. */
    private void config(String toml) throws Exception {
        Path file = dir.resolve("config/vpsnap/config.toml");
        Files.createDirectories(file.getParent());
        Files.write(file, toml.getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aConfigWithAByteOrderMarkIsRead() throws Exception {
        config("\uFEFFdefault_profile = \"web\"\n\n[profiles.web]\nprovider = \"vpsorg\"\n");
        Result r = cli.run("config", "list", "-o", "json");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("\"web\""), r::toString);
    }

    @Test
    void anOversizedKeyCommandOutputIsRefusedNotCutAndSent() throws Exception {
        config("[profiles.big]\nprovider = \"vpsorg\"\n" + "api_key_command = \"head -c 70000 /dev/zero | tr '\\\\\\\\0' a\"\n");
        Result r = cli.run("-p", "big", "--endpoint", "http://127.0.0.1:9/api", "server", "list");
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().contains("more than 64 KiB"), r::toString);
        oneCleanLine(r);
    }

    @Test
    void aCorruptSandboxStateNamesTheResetCommand() throws Exception {
        Path state = dir.resolve("state/vpsnap/sandbox/state.json");
        Files.createDirectories(state.getParent());
        Files.writeString(state, "{\"vpsorg\": [1, 2");
        Result r = cli.run("--sandbox", "--provider", "vpsorg", "server", "list");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("vpsnap sandbox reset"), r::toString);
        oneCleanLine(r);
        assertEquals(0, cli.run("sandbox", "reset").exitCode());
        assertEquals(0, cli.run("--sandbox", "--provider", "vpsorg", "server", "list").exitCode());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFifoAsSandboxStateDoesNotHang() throws Exception {
        Path state = dir.resolve("state/vpsnap/sandbox/state.json");
        Files.createDirectories(state.getParent());
        assertEquals(0, new ProcessBuilder("mkfifo", state.toString()).start().waitFor());
        Result r = cli.run("--sandbox", "--provider", "vpsorg", "server", "list");
        assertEquals(2, r.exitCode(), r::toString);
        oneCleanLine(r);
    }

    @Test
    void anUnusableSandboxDirectoryIsOneLine() throws Exception {
        Path notADir = dir.resolve("file");
        Files.writeString(notADir, "x");
        Result r = cli.env("XDG_STATE_HOME", notADir.toString()).run("--sandbox", "--provider", "vpsorg", "server", "list");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("XDG_STATE_HOME"), r::toString);
        oneCleanLine(r);
    }

    @Test
    void aTokenTypedIntoTheEndpointIsNeverEchoed() {
        for (String endpoint : new String[] {"http://127.0.0.1:9/api?token=T0PSECRET", "http://me:T0PSECRET@127.0.0.1:9/api",
                "ht!tp://127.0.0.1:9/api?token=T0PSECRET"}) {
            Result r = cli.env("VPSORG_API_TOKEN", "k").run("--provider", "vpsorg", "--endpoint", endpoint, "server", "list");
            assertEquals(2, r.exitCode(), r::toString);
            assertFalse(r.err().contains("T0PSECRET") || r.out().contains("T0PSECRET"), r::toString);
            oneCleanLine(r);
        }
    }

    @Test
    void aServerRepeatedOnTheCommandLineIsListedOnce() {
        try (EmulatorCli emu = new EmulatorCli()) {
            String server = emu.servers("vpsorg").get(0);
            int before = emu.emulator().requestCount();
            assertEquals(0, emu.run("vpsorg", "snapshot", "list", "--server", server).exitCode());
            int once = emu.emulator().requestCount() - before;
            String[] repeated = new String[2 + 2 * 50];
            repeated[0] = "snapshot";
            repeated[1] = "list";
            for (int i = 0; i < 50; i++) {
                repeated[2 + 2 * i] = "--server";
                repeated[3 + 2 * i] = server;
            }
            before = emu.emulator().requestCount();
            Result r = emu.run("vpsorg", repeated);
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals(once, emu.emulator().requestCount() - before, "fifty copies of one server cost one listing");
        }
    }
}
