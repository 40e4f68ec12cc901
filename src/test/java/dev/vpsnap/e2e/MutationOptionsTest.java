package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.HomeCliTest;
import dev.vpsnap.testing.JsonAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one set of mutation options: --yes wherever a command can ask, --wait-timeout checked before anything is sent. */
class MutationOptionsTest extends HomeCliTest {
    @Test
    void hostingersOverwritingCreateAcceptsYes() {
        String vm = JsonAssert.tree(cli.run("--sandbox", "--provider", "hostinger", "-o", "json", "server", "list").out())
                .get(0).get("id").asText();
        Result r = cli.run("--sandbox", "--provider", "hostinger", "-o", "json", "snapshot", "create", "--server", vm,
                "--replace", "--yes");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("available", JsonAssert.tree(r.out()).get("status").asText(), r::toString);
        Result yesAlone = cli.run("--sandbox", "--provider", "hostinger", "-o", "json", "snapshot", "create", "--server", vm,
                "--yes");
        assertEquals(0, yesAlone.exitCode(), "--yes confirms the overwrite without a terminal: " + yesAlone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"30mins", "45min", "10x", "0s", "9223372036854775807s", "99999999d"})
    void aBadWaitTimeoutIsExit2BeforeAnythingIsSent(String timeout) {
        Result r = cli.run("--sandbox", "--provider", "vpsorg", "snapshot", "create", "--server", "934", "--name", "never",
                "--wait-timeout", timeout);
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--wait-timeout"), r::toString);
        Result list = cli.run("--sandbox", "--provider", "vpsorg", "-o", "json", "snapshot", "list", "--name-prefix", "never");
        assertEquals(0, JsonAssert.tree(list.out()).size(), "nothing was created: " + list);
    }
}
