package dev.vpsnap.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A finished child process (the packaged launcher, or a script that calls it), shown whole in failures. {@link #run}
 * starts it with no vpsnap settings or keys from the calling environment and its state and config under {@code state}.
 */
public record Launched(int exit, String out, String err) {

    /** The packaged launcher, {@code target/vpsnap} unless the build says otherwise. */
    public static Path launcher() {
        return Path.of(System.getProperty("vpsnap.launcher", "target/vpsnap")).toAbsolutePath();
    }

    public static Launched run(List<String> cmd, Path state, Map<String, String> extraEnv) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("VPSNAP_") || k.endsWith("_API_KEY") || k.endsWith("_API_TOKEN"));
        env.put("XDG_STATE_HOME", state.toString());
        env.put("XDG_CONFIG_HOME", state.resolve("config").toString());
        env.putAll(extraEnv);
        Process p = pb.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished in time: " + cmd);
        return new Launched(p.exitValue(), out.get(), err.get());
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
    }
}
