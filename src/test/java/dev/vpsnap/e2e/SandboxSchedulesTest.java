package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.testing.HomeCliTest;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.JsonAssert;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sandbox isolation: local schedules made under {@code --sandbox} / {@code VPSNAP_SANDBOX} live in the sandbox state
 * (never the real {@code schedules.json}) and go with {@code sandbox reset}; their exports carry {@code --sandbox}.
 * {@code VPSNAP_SANDBOX} is a boolean: 1/true/yes/on, 0/false/no/off, anything else exit 2.
 */
class SandboxSchedulesTest extends HomeCliTest {
    private Result expect(int code, String... args) {
        return cli.expect(code, args);
    }

    private Path realStore() {
        return home.resolve("config/vpsnap/schedules.json");
    }

    private String create(String... sandboxFlag) {
        String[] args = concat(sandboxFlag, "--provider", "vpsorg", "-o", "json", "schedule", "create", "--server", "940",
                "--interval", "daily", "--hour", "3", "--max-snapshots", "2");
        return JsonAssert.tree(expect(0, args).out()).get("id").asText();
    }

    @Test
    void sandboxSchedulesLiveInTheSandboxAndGoWithReset() {
        String id = create("--sandbox");
        assertFalse(Files.exists(realStore()), "the real schedules.json is untouched");
        JsonNode listed = JsonAssert.tree(expect(0, "--sandbox", "--provider", "vpsorg", "-o", "json", "schedule", "list").out());
        assertEquals(id, listed.get(0).get("id").asText());
        expect(0, "sandbox", "reset");
        assertEquals(0, JsonAssert.tree(expect(0, "--sandbox", "--provider", "vpsorg", "-o", "json", "schedule", "list")
                .out()).size(), "gone with the reset");
        expect(4, "--sandbox", "--provider", "vpsorg", "schedule", "get", id);
    }

    @Test
    void sandboxAndRealSchedulesDoNotSeeEachOther() {
        cli.env("VPSORG_API_TOKEN", "real-key-never-sent");
        String id = create("--sandbox");
        Result real = expect(0, "--provider", "vpsorg", "-o", "json", "schedule", "list");
        assertEquals(0, JsonAssert.tree(real.out()).size(), real::toString);
        expect(4, "--provider", "vpsorg", "schedule", "get", id);
    }

    @Test
    void exportsOfSandboxSchedulesCarryTheSandboxFlag() {
        String id = create("--sandbox");
        for (String format : new String[]{"crontab", "systemd"}) {
            String text = expect(0, "--sandbox", "--provider", "vpsorg", "schedule", "export", id, "--format", format).out();
            assertTrue(text.contains("--sandbox") && text.contains("schedule run " + id), text);
        }
        String k8s = expect(0, "--sandbox", "--provider", "vpsorg", "schedule", "export", id, "--format", "kubernetes").out();
        assertTrue(k8s.contains("--sandbox") || k8s.contains("VPSNAP_SANDBOX"), k8s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "YES", "on", "True"})
    void truthyValuesMeanTheSandbox(String value) {
        cli.env("VPSNAP_SANDBOX", value);
        expect(0, "--provider", "vpsorg", "snapshot", "list");
        create();
        assertFalse(Files.exists(realStore()), "VPSNAP_SANDBOX=" + value + " keeps schedules in the sandbox");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "false", "no", "OFF"})
    void falsyValuesMeanTheRealProvider(String value) {
        cli.env("VPSNAP_SANDBOX", value);
        Result r = expect(3, "--provider", "vpsorg", "--endpoint", "http://127.0.0.1:9", "snapshot", "list");
        assertTrue(r.err().contains("no API key"), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "2", "y", "enabled"})
    void anythingElseIsAUsageError(String value) {
        cli.env("VPSNAP_SANDBOX", value);
        Result r = expect(2, "--provider", "vpsorg", "snapshot", "list");
        assertTrue(r.err().contains("VPSNAP_SANDBOX") && r.err().contains(value), r::toString);
        assertEquals(1, r.err().lines().filter(l -> !l.isBlank()).count(), "one line: " + r);
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = new String[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
