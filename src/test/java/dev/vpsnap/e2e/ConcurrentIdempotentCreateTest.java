package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import dev.vpsnap.testing.JsonAssert;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 point 4: two or three CI jobs of one commit run {@code snapshot create --idempotent --name X} at once on one
 * host. They must make one snapshot named X and all print it (vps.org: each duplicate would use one of 5 slots).
 */
class ConcurrentIdempotentCreateTest {
    @TempDir
    Path state;

    @Test
    void concurrentIdempotentCreatesOnOneHostMakeOneSnapshot() throws Exception {
        try (EmulatorCli emu = new EmulatorCli()) {
            emu.harness().env("XDG_STATE_HOME", state.toString());
            String server = emu.servers("vpsorg").get(0);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<Result>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> emu.run("vpsorg", "snapshot", "create", "--server", server, "--name",
                        "pre-deploy-abc123", "--idempotent")));
            }
            Set<String> printed = new HashSet<>();
            for (Future<Result> f : runs) {
                Result r = f.get();
                assertEquals(0, r.exitCode(), r::toString);
                printed.add(JsonAssert.tree(r.out()).get("id").asText());
            }
            pool.shutdown();
            assertEquals(1, printed.size(), "every run printed the same snapshot: " + printed);
            JsonNode listed = JsonAssert.tree(emu.run("vpsorg", "snapshot", "list", "--server", server).out());
            int named = 0;
            for (JsonNode s : listed) {
                named += "pre-deploy-abc123".equals(s.get("name").asText()) ? 1 : 0;
            }
            assertEquals(1, named, "one snapshot of that name on the server: " + listed);
        }
    }
}
