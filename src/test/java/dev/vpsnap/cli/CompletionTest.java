package dev.vpsnap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.testing.CliHarness;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.FakeClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion scripts offer option values; the bash one is sourced by a real bash and asked as TAB would ask. */
class CompletionTest {
    final CliHarness cli = new CliHarness(new FakeClock());

    @TempDir
    Path dir;

    /** What bash completes for {@code words} (the last one being completed), with a fake vpsnap on PATH for profiles. */
    private String complete(Path script, String... words) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path fake = bin.resolve("vpsnap");
        Files.writeString(fake, "#!/bin/sh\n[ \"$*\" = 'config list -o ids' ] && printf 'prod-hv\\nweb\\n'\n");
        fake.toFile().setExecutable(true);
        String quoted = String.join(" ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList());
        String run = "source " + script + " 2>/dev/null; COMP_WORDS=(" + quoted + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}; _complete_vpsnap vpsnap"
                + " \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\" 2>/dev/null; echo \"${COMPREPLY[*]}\"";
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", run);
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor());
        return out;
    }

    @Test
    void bashCompletesOptionValuesAndProfileNames() throws Exception {
        Result r = cli.run("completion", "bash");
        assertEquals(0, r.exitCode(), r::toString);
        Path script = Files.writeString(dir.resolve("vpsnap.bash"), r.out());
        assertEquals("hivelocity hostinger vpsorg core", complete(script, "vpsnap", "--provider", ""));
        assertEquals("table wide json yaml csv ids", complete(script, "vpsnap", "snapshot", "list", "-o", ""));
        assertEquals("created -created name", complete(script, "vpsnap", "snapshot", "list", "--sort", ""));
        assertEquals("hourly daily weekly monthly", complete(script, "vpsnap", "schedule", "create", "--interval", ""));
        assertEquals("crontab systemd kubernetes", complete(script, "vpsnap", "schedule", "export", "--format", ""));
        assertEquals("auto always never", complete(script, "vpsnap", "--color", ""));
        assertEquals("prod-hv web", complete(script, "vpsnap", "-p", ""));
        assertEquals("prod-hv", complete(script, "vpsnap", "snapshot", "list", "--profile", "pr"));
        assertEquals("prod-hv web", complete(script, "vpsnap", "config", "use", ""));
        assertEquals("create", complete(script, "vpsnap", "snapshot", "cr"));
        assertTrue(!r.out().contains(CompletionValues.PROFILES), "no placeholder left");
    }

    @Test
    void zshUsesTheBashScriptThroughBashcompinit() {
        Result r = cli.run("completion", "zsh");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"));
        assertTrue(r.out().contains("compgen") && r.out().contains("config list -o ids"), "values as in bash");
    }

    @Test
    void fishCompletesCommandsOptionsAndValues() {
        Result r = cli.run("completion", "fish");
        assertEquals(0, r.exitCode(), r::toString);
        List<String> lines = r.out().lines().toList();
        for (String expected : List.of(
                "complete -c vpsnap -n '__fish_use_subcommand' -a snapshot -d 'Take, list, restore and delete snapshots.'",
                "complete -c vpsnap -l provider -x -a 'hivelocity hostinger vpsorg core' -d 'hivelocity, hostinger, vpsorg or core; overrides the profile's (env VPSNAP_PROVIDER).'",
                "complete -c vpsnap -s p -l profile -x -a '(vpsnap config list -o ids 2>/dev/null)' -d 'Profile from the config file (env VPSNAP_PROFILE).'",
                "complete -c vpsnap -n '__fish_seen_subcommand_from schedule; and __fish_seen_subcommand_from export' -l format -x -a 'crontab systemd kubernetes' -d 'crontab, systemd or kubernetes.'",
                "complete -c vpsnap -n '__fish_seen_subcommand_from config; and __fish_seen_subcommand_from use' -a '(vpsnap config list -o ids 2>/dev/null)'")) {
            assertTrue(lines.contains(expected.replace("profile's", "profile\\'s")), expected + " in\n" + r.out());
        }
        assertTrue(r.out().contains("-a create -d"), "verbs");
        Result bad = cli.run("completion", "tcsh");
        assertEquals(2, bad.exitCode(), bad::toString);
        assertEquals("vpsnap: completion: expected bash, zsh or fish, not 'tcsh'\n", bad.err());
    }
}
