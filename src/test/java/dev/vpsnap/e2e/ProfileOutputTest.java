package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.testing.HomeCliTest;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.JsonAssert;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A profile's {@code output} is the default {@code -o}: flag &gt; VPSNAP_OUTPUT &gt; profile &gt; table. */
class ProfileOutputTest extends HomeCliTest {
    @BeforeEach
    void setUp() throws Exception {
        Path dir = home.resolve("config/vpsnap");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("config.toml"), "default_profile = \"web\"\n\n[profiles.web]\nprovider = \"vpsorg\"\n"
                + "output = \"json\"\n\n[profiles.gpu]\nprovider = \"core\"\n");
    }

    private Result ok(String... args) {
        return cli.expect(0, args);
    }

    @Test
    void theProfilesOutputIsTheDefault() {
        Result r = ok("--sandbox", "server", "list");
        assertTrue(JsonAssert.tree(r.out()).isArray(), r::toString);
        assertEquals("vpsorg", JsonAssert.tree(r.out()).get(0).get("provider").asText());
    }

    @Test
    void theEnvironmentBeatsTheProfileAndTheFlagBeatsBoth() {
        cli.env("VPSNAP_OUTPUT", "ids");
        Result ids = ok("--sandbox", "server", "list");
        assertTrue(ids.out().lines().allMatch(l -> l.matches("[0-9]+")), ids::toString);
        Result table = ok("--sandbox", "server", "list", "-o", "table");
        assertTrue(table.out().startsWith("ID"), table::toString);
    }

    @Test
    void anotherProfileWithoutOutputIsATable() {
        Result r = ok("--sandbox", "-p", "gpu", "server", "list");
        assertTrue(r.out().startsWith("ID"), r::toString);
    }
}
