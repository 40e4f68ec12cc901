package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.testing.Launched;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README (and docs/) as a new user runs it: the install blocks in a clean shell ({@code env -i}), the profile
 * block and the three stories against the sandbox, the tarball's README links. Blocks are read out of the files,
 * never copied here, so an edited README is what is tested.
 */
class ReadmeIT {
    @TempDir
    Path home;

    private static final Path TARGET = Launched.launcher().getParent();
    private static final Pattern SH_BLOCK = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL);

    /** The ```sh blocks of a Markdown file, by the heading they are under. */
    static Map<String, String> blocks(Path markdown) throws Exception {
        String text = Files.readString(markdown);
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher m = SH_BLOCK.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start());
            String heading = before.substring(before.lastIndexOf("\n#") + 1).lines().findFirst().orElseThrow()
                    .replaceFirst("^#+ ", "");
            blocks.merge(heading, m.group(1), (a, b) -> a + b);
        }
        return blocks;
    }

    private static String block(Path file, String heading) throws Exception {
        String b = blocks(file).get(heading);
        assertTrue(b != null, "a ```sh block under '" + heading + "' in " + file);
        return b;
    }

    /** {@code env -i HOME=... bash -e -c BLOCK} in {@code dir}: no PATH, no variables, nothing from this JVM. */
    private Launched cleanShell(String block, Path dir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("env", "-i", "HOME=" + home, "bash", "-e", "-c", block).directory(dir.toFile());
        pb.environment().clear();
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes());
        return new Launched(p.waitFor(), out, err);
    }

    @Test
    void everyReadmeBlockIsRunHereOrNamedAsTheBuild() throws Exception {
        assertEquals(List.of("Quick start (no credentials: the built-in sandbox)", "Install", "Install from the tarball",
                "Configure a profile", "At a shell", "Cron: restore the newest nightly snapshot at 3 a.m.",
                "CI: snapshot before every deploy"),
                new ArrayList<>(blocks(Path.of("README.md")).keySet()),
                "the quick start and 'run every test' are the build itself (LauncherIT runs the quick start's command); "
                        + "every other block is run by a test of this class");
    }

    @Test
    void installFromTheTarballWorksInACleanShell() throws Exception {
        Launched r = cleanShell(block(Path.of("README.md"), "Install from the tarball"), TARGET);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("ID") && r.out().contains("web-01-baseline"), "the sandbox list: " + r);
        assertTrue(r.out().contains("vpsnap-snapshot-list") || r.out().toLowerCase().contains("snapshot list"),
                "the man page: " + r);
        assertTrue(Files.isRegularFile(home.resolve(".local/share/bash-completion/completions/vpsnap")), r::toString);
        assertTrue(Files.isRegularFile(home.resolve(".config/fish/completions/vpsnap.fish")), r::toString);
    }

    @Test
    void installFromTheBuildWorksInACleanShell() throws Exception {
        Launched r = cleanShell(block(Path.of("README.md"), "Install"), TARGET.getParent());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("vpsnap "), "vpsnap version: " + r);
        assertEquals("", r.err(), r::toString);
    }

    @Test
    void theTarballShipsWhatItsReadmeLinksTo() throws Exception {
        Path unpacked = Files.createDirectories(home.resolve("unpacked"));
        Process tar = new ProcessBuilder("tar", "-xzf", TARGET.resolve("vpsnap-0.1.0.tar.gz").toString(), "-C",
                unpacked.toString()).inheritIO().start();
        assertEquals(0, tar.waitFor());
        Path root = unpacked.resolve("vpsnap-0.1.0");
        Matcher links = Pattern.compile("\\]\\(([^)#:]+)(#[^)]*)?\\)").matcher(Files.readString(root.resolve("README.md")));
        int n = 0;
        while (links.find()) {
            assertTrue(Files.exists(root.resolve(links.group(1))), "README link " + links.group(1) + " in the tarball");
            n++;
        }
        assertTrue(n >= 4, "links found: " + n);
        assertTrue(Files.getPosixFilePermissions(root.resolve("examples/nightly-prune.sh")).contains(PosixFilePermission.OWNER_EXECUTE));
        assertTrue(Files.isRegularFile(root.resolve("share/fish/vendor_completions.d/vpsnap.fish")));
        String man = Files.readString(root.resolve("share/man/man1/vpsnap-snapshot-create.1"));
        for (String section : List.of("EXAMPLES", "EXIT STATUS", "ENVIRONMENT", "FILES")) {
            assertTrue(man.contains(".SH \"" + section + "\"") || man.contains(".SH " + section), section + " in the man page");
        }
    }

    // ---- the profile block and the stories, as written, against the sandbox --------------------------------

    private Map<String, String> sandboxEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", TARGET + File.pathSeparator + home.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
        env.put("VPSNAP_SANDBOX", "1");
        env.put("HOME", home.toString());
        return env;
    }

    private Launched bash(String script, Map<String, String> extra) throws Exception {
        Map<String, String> env = sandboxEnv();
        env.putAll(extra);
        return Launched.run(List.of("bash", "-e", "-c", script), home, env);
    }

    @Test
    void profilesAndTheThreeStoriesRunAsWrittenInTheSandbox() throws Exception {
        Launched profiles = bash(block(Path.of("README.md"), "Configure a profile"), Map.of());
        assertEquals(0, profiles.exit(), profiles::toString);
        assertTrue(profiles.out().contains("32763"), "prod-hv (client 1234, TPA1) sees the sandbox devices: " + profiles);

        // at a shell: on a terminal (script gives it one), typing y to what it asks (a bounded answer: an endless `yes`
        // fills the pty while nobody reads and deadlocks script)
        Path shell = Files.writeString(home.resolve("shell.sh"), block(Path.of("README.md"), "At a shell"));
        Launched atShell = bash("printf 'y\\ny\\ny\\n' | script -q -e -c 'bash -e " + shell + "' /dev/null", Map.of());
        assertEquals(0, atShell.exit(), atShell::toString);
        assertTrue(atShell.out().contains("1362913") && atShell.out().contains("restore"), atShell::toString);

        // cron: the nightly it restores must exist; then every documented exit path is the script's
        Launched nightly = bash("vpsnap -p prod-hv -q snapshot create --server 32763 --name nightly-1", Map.of());
        assertEquals(0, nightly.exit(), nightly::toString);
        Launched cron = Launched.run(List.of("sh", "-c", block(Path.of("README.md"), "Cron: restore the newest nightly snapshot at 3 a.m.")),
                home, sandboxEnv());
        assertEquals(0, cron.exit(), cron::toString);

        // CI: no ./deploy.sh here, so the deploy fails and the snapshot is restored
        Launched ci = Launched.run(List.of("bash", "-c", "cd " + home + "\n" + block(Path.of("README.md"), "CI: snapshot before every deploy")),
                home, withSha());
        assertEquals(0, ci.exit(), ci::toString);
        assertTrue(Files.readString(home.resolve("snapshot-id.txt")).strip().matches("\\d+"), ci::toString);
        assertTrue(ci.err().contains("deploy.sh"), "the deploy failed: " + ci);
    }

    private Map<String, String> withSha() {
        Map<String, String> env = sandboxEnv();
        env.put("GITHUB_SHA", "0123456789abcdef0123456789abcdef01234567");
        return env;
    }

    @Test
    void theSchedulesDocBlockRunsAsWrittenInTheSandbox() throws Exception {
        // a crontab that writes a file instead of the machine's crontab
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path crontab = Files.writeString(bin.resolve("crontab"), "#!/bin/sh\ncat > \"$HOME/crontab.txt\"\n");
        crontab.toFile().setExecutable(true);
        Launched r = bash(block(Path.of("docs/schedules.md"), "Snapshot schedules"), Map.of());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.readString(home.resolve("crontab.txt")).contains("schedule run ls-"), r::toString);
        assertTrue(r.out().contains("true"), "the run succeeded: " + r);
    }
}
