package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpsnap.testing.Launched;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher says which Java it needs when there is none or an old one (exit 127), instead of "java: not found". */
class LauncherJavaIT {
    @TempDir
    Path dir;

    private Launched launch(Map<String, String> env) throws Exception {
        return Launched.run(List.of("env", "-i", "PATH=" + env.getOrDefault("PATH", "/nonexistent"),
                "JAVA_HOME=" + env.getOrDefault("JAVA_HOME", ""), "/bin/sh", Launched.launcher().toString(), "--version"),
                dir, Map.of());
    }

    private static final String INSTALL = "; install one (e.g. apt install openjdk-17-jre-headless) and put it on PATH or set JAVA_HOME\n";

    @Test
    void noJavaAnywhere() throws Exception {
        Launched r = launch(Map.of());
        assertEquals(127, r.exit(), r::toString);
        assertEquals("vpsnap: needs Java 17 or newer: no java found on PATH" + INSTALL, r.err());
        assertEquals("", r.out());
    }

    private Path fakeJdk(String release, String versionLine) throws Exception {
        Path home = Files.createDirectories(dir.resolve("jdk-" + Math.abs((release + versionLine).hashCode())));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho '" + versionLine + "' >&2\nexit 1\n");
        java.toFile().setExecutable(true);
        if (release != null) {
            Files.writeString(home.resolve("release"), release);
        }
        return home;
    }

    @Test
    void anOldJavaFromItsReleaseFile() throws Exception {
        Path jdk = fakeJdk("JAVA_VERSION=\"11.0.22\"\n", "unused");
        Launched r = launch(Map.of("PATH", "/usr/bin:/bin", "JAVA_HOME", jdk.toString()));
        assertEquals(127, r.exit(), r::toString);
        assertEquals("vpsnap: needs Java 17 or newer: found Java 11.0.22 (" + jdk.resolve("bin/java") + ")" + INSTALL, r.err());
    }

    @Test
    void anOldJavaWithoutAReleaseFileIsAsked() throws Exception {
        Path jdk = fakeJdk(null, "java version \"1.8.0_392\"");
        Launched r = launch(Map.of("PATH", "/usr/bin:/bin", "JAVA_HOME", jdk.toString()));
        assertEquals(127, r.exit(), r::toString);
        assertEquals("vpsnap: needs Java 17 or newer: found Java 1.8.0_392 (" + jdk.resolve("bin/java") + ")" + INSTALL, r.err());
    }
}
