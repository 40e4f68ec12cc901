package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.testing.Launched;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 point 13, as a real process: an {@code api_key_command} sees none of the other providers' key variables,
 * and a background child it leaves behind does not hold vpsnap's stderr open (a caller reading it would hang).
 */
class KeyCommandIT {
    @TempDir
    Path state;

    private void profile(String command) throws Exception {
        Path file = state.resolve("config/vpsnap/config.toml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "[profiles.k]\nprovider = \"vpsorg\"\napi_key_command = '" + command + "'\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private Launched run() throws Exception {
        return Launched.run(List.of(Launched.launcher().toString(), "-p", "k", "--endpoint", "http://127.0.0.1:9/api",
                "server", "list"), state, Map.of("HIVELOCITY_API_KEY", "hv-leak-123"));
    }

    @Test
    void theKeyCommandDoesNotSeeOtherProvidersKeys() throws Exception {
        profile("printf %s \"$HIVELOCITY_API_KEY\"");
        Launched r = run();
        assertEquals(3, r.exit(), r::toString);
        assertTrue(r.err().contains("empty API key"), r::toString);
        assertFalse(r.err().contains("hv-leak-123"), r::toString);
    }

    @Test
    void aBackgroundChildOfTheKeyCommandDoesNotHoldStderrOpen() throws Exception {
        profile("sleep 30 >/dev/null & printf k3y");
        long start = System.nanoTime();
        Launched r = run(); // reads vpsnap's stdout and stderr to their end
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(8, r.exit(), r::toString); // the key was read; nothing listens on port 9
        assertTrue(seconds < 20, "stderr reached its end when vpsnap exited, not when the child did: " + seconds + " s");
    }
}
