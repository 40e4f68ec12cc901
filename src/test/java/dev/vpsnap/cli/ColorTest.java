package dev.vpsnap.cli;

import static dev.vpsnap.testing.Golden.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.testing.CliHarness;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import dev.vpsnap.testing.JsonAssert;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --color}, {@code NO_COLOR}, {@code CLICOLOR_FORCE} and the terminal through the production factory: statuses
 * in tables and the error prefix coloured, never json, yaml, csv or ids.
 */
class ColorTest {
    private static final String ESC = "\u001b[";
    private final EmulatorCli emu = new EmulatorCli();

    @AfterEach
    void close() {
        emu.close();
    }

    /** A fresh harness (its own environment) against the emulator's vps.org. */
    private CliHarness cli(Map<String, String> env, boolean tty) {
        CliHarness h = new CliHarness(emu.harness().clock()).env("XDG_CONFIG_HOME", "/nonexistent-config")
                .env("VPSORG_API_TOKEN", Emulator.apiKey("vpsorg"));
        env.forEach(h::env);
        return tty ? h.interactive("") : h;
    }

    private Result run(CliHarness h, String... rest) {
        List<String> a = new ArrayList<>(List.of("--provider", "vpsorg", "--endpoint", emu.emulator().baseUrl("vpsorg")));
        a.addAll(List.of(rest));
        return h.run(a.toArray(String[]::new));
    }

    private boolean coloured(Map<String, String> env, boolean tty, String... flags) {
        List<String> a = new ArrayList<>(List.of("server", "list"));
        a.addAll(List.of(flags));
        Result r = run(cli(env, tty), a.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        return r.out().contains(ESC);
    }

    @Test
    void autoColoursOnlyATerminalAndHonoursNoColorAndCliColorForce() {
        assertFalse(coloured(Map.of(), false), "no terminal: no colour");
        assertTrue(coloured(Map.of(), true), "a terminal: colour");
        assertFalse(coloured(Map.of("NO_COLOR", "1"), true), "NO_COLOR wins on a terminal");
        assertFalse(coloured(Map.of("TERM", "dumb"), true), "a dumb terminal");
        assertTrue(coloured(Map.of("CLICOLOR_FORCE", "1"), false), "CLICOLOR_FORCE without a terminal");
        assertFalse(coloured(Map.of("CLICOLOR_FORCE", "0"), false), "CLICOLOR_FORCE=0 forces nothing");
        assertFalse(coloured(Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1"), false), "NO_COLOR beats CLICOLOR_FORCE");
    }

    @Test
    void theFlagDecidesAlone() {
        assertTrue(coloured(Map.of(), false, "--color", "always"));
        assertTrue(coloured(Map.of("NO_COLOR", "1"), false, "--color", "ALWAYS"), "a flag beats NO_COLOR (no-color.org)");
        assertFalse(coloured(Map.of("CLICOLOR_FORCE", "1"), true, "--color", "never"));
        assertFalse(coloured(Map.of(), true, "--color", "never"));
        assertTrue(coloured(Map.of(), true, "--color", "auto"));
    }

    @Test
    void statusesAreColouredInTablesAndAlignmentKept() {
        assertGolden("server-list-vpsorg-color.txt", run(cli(Map.of(), false), "server", "list", "--color", "always").out());
        Result pending = emu.run("vpsorg", "snapshot", "create", "--server", "worker-01", "--name", "in-flight", "--no-wait");
        assertEquals(0, pending.exitCode(), pending::toString);
        assertGolden("snapshot-list-vpsorg-color.txt", run(cli(Map.of(), false), "snapshot", "list", "-o", "wide",
                "--color", "always").out());
    }

    @Test
    void neverInJsonYamlCsvOrIds() {
        for (String format : List.of("json", "yaml", "csv", "ids", "csv=id,status")) {
            Result r = run(cli(Map.of("CLICOLOR_FORCE", "1"), true), "snapshot", "list", "-o", format, "--color", "always");
            assertEquals(0, r.exitCode(), r::toString);
            assertFalse(r.out().contains(ESC), format + ": " + r.out());
        }
    }

    @Test
    void theErrorPrefixIsRed() {
        Result red = run(cli(Map.of(), false), "snapshot", "list", "--server", "web-09", "--color", "always");
        assertEquals(4, red.exitCode(), red::toString);
        assertTrue(red.err().startsWith("\u001b[31mvpsnap:\u001b[0m snapshot list: no server with the id or name 'web-09'"),
                red::toString);
        Result parse = run(cli(Map.of("CLICOLOR_FORCE", "1"), false), "snapshot", "list", "--bogus");
        assertTrue(parse.err().startsWith("\u001b[31mvpsnap:\u001b[0m Unknown option: '--bogus'"), parse::toString);

        Result plain = run(cli(Map.of(), false), "snapshot", "list", "--server", "web-09");
        assertTrue(plain.err().startsWith("vpsnap: snapshot list:"), plain::toString);
        Result json = run(cli(Map.of(), false), "snapshot", "list", "--server", "web-09", "--color", "always", "-o", "json");
        assertFalse(json.err().contains(ESC), json::toString);
        assertEquals(4, JsonAssert.tree(json.err()).get("error").get("exitCode").asInt());
    }

    @Test
    void anInvalidValueIsExit2() {
        Result r = run(cli(Map.of(), false), "server", "list", "--color", "purple");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().contains("--color") && r.err().contains("purple"), r::toString);
        assertEquals(1, r.err().lines().count(), "one line");
    }
}
