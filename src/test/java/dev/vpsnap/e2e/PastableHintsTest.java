package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.common.Json;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.HomeCliTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hint that names a vpsnap command carries the run's context, so it works when pasted: before, a sandbox run's
 * "'vpsnap server list' shows the account's servers" ran against the default profile (no API key, exit 3).
 */
class PastableHintsTest extends HomeCliTest {
    private static final Pattern QUOTED = Pattern.compile("'vpsnap ([^']*)'");

    @ParameterizedTest
    @ValueSource(strings = {"vpsorg", "hivelocity", "core", "hostinger"})
    void theUnknownServerHintRunsAsPrinted(String provider) {
        Result r = cli.expect(4, "--sandbox", "--provider", provider, "snapshot", "list", "--server", "999");
        String hint = quoted(r.err());
        assertEquals("vpsnap --provider " + provider + " --sandbox server list", hint, r::toString);
        Result pasted = cli.expect(0, words(hint));
        assertFalse(pasted.out().isBlank(), pasted::toString);
    }

    @Test
    void eachFailedTargetsHintCarriesTheContextToo() throws Exception {
        Result r = cli.expect(10, "--sandbox", "--provider", "core", "-o", "json", "snapshot", "create",
                "--server", "126003", "--server", "999");
        JsonNode results = Json.MAPPER.readTree(r.out());
        JsonNode failed = results.get(1).get("error");
        assertEquals(4, failed.get("exitCode").asInt(), r::toString);
        String hint = quoted(failed.get("hint").asText());
        assertEquals("vpsnap --provider core --sandbox -o json server list", hint);
        Result pasted = cli.expect(0, words(hint));
        assertTrue(Json.MAPPER.readTree(pasted.out()).isArray(), pasted::toString);
    }

    @Test
    void anErrorWithoutAResolvableProfileKeepsWhatWasGiven() {
        Result r = cli.expect(3, "--provider", "vpsorg", "--endpoint", "http://127.0.0.1:9", "snapshot", "list");
        assertFalse(r.err().contains("'vpsnap snapshot"), r::toString);
    }

    private static String quoted(String text) {
        Matcher m = QUOTED.matcher(text);
        assertTrue(m.find(), text);
        return "vpsnap " + m.group(1);
    }

    private static String[] words(String command) {
        List<String> w = new ArrayList<>(Arrays.asList(command.split(" ")));
        w.remove(0);
        return w.toArray(String[]::new);
    }
}
