package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.testing.Launched;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripts in {@code examples/}, run by bash exactly as written, with the built launcher on PATH and the sandbox. */
class ExamplesIT {
    @TempDir
    Path state;

    private Launched script(String name, Map<String, String> extra, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", "examples/" + name));
        cmd.addAll(List.of(args));
        return run(cmd, extra);
    }

    private Launched run(List<String> cmd, Map<String, String> extra) throws Exception {
        Map<String, String> env = new HashMap<>(extra);
        env.put("PATH", Launched.launcher().getParent() + File.pathSeparator + System.getenv("PATH"));
        env.put("VPSNAP_SANDBOX", "1");
        env.put("VPSNAP_PROVIDER", "vpsorg");
        return Launched.run(cmd, state, env);
    }

    @Test
    void nightlyPruneThenCheckAgainstTheSandbox() throws Exception {
        // sandbox vps.org demo servers: 934 (web-01, with a 5-day-old baseline snapshot) and 940 (none)
        Launched critical = script("check-snapshots.sh", Map.of(), "934");
        assertEquals(2, critical.exit(), critical::toString);
        assertTrue(critical.out().startsWith("SNAPSHOT CRITICAL - no available snapshot named 'nightly-*' of 934"), critical::toString);

        Launched warning = script("check-snapshots.sh", Map.of("PREFIX", "web-01-", "WARN", "4d", "CRIT", "6d"), "934");
        assertEquals(1, warning.exit(), warning::toString);
        assertTrue(warning.out().startsWith("SNAPSHOT WARNING - "), warning::toString);

        for (int night = 1; night <= 2; night++) {
            Launched nightly = script("nightly-prune.sh", Map.of(), "934", "940");
            assertEquals(0, nightly.exit(), nightly::toString);
            assertTrue(nightly.err().contains("nightly: pruned"), nightly::toString);
        }
        Launched ok = script("check-snapshots.sh", Map.of(), "934", "940");
        assertEquals(0, ok.exit(), ok::toString);
        assertTrue(ok.out().matches("SNAPSHOT OK - .*\\|age_934=\\d+s;93600;180000 age_940=\\d+s;93600;180000\\n"), ok::toString);
        // two runs on one day: keep-daily kept only the newer nightly of each server; the baseline was never a candidate
        Launched left = run(List.of("bash", "-c", "vpsnap snapshot list"), Map.of());
        assertEquals(0, left.exit(), left::toString);
        assertEquals(4, left.out().lines().count(), "a header, two nightlies and the baseline: " + left);
        assertTrue(left.out().contains("web-01-baseline"), left::toString);
    }
}
