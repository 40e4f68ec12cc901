package dev.vpsnap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, points 1 and 2: a typo or an unset shell variable must never reach the provider. An empty or blank id and
 * an invalid or unbounded duration are exit 2 before any request is sent, on every provider (the emulator counts every
 * request it receives).
 */
class ArgumentsCheckedFirstTest {
    static final List<String> PROVIDERS = List.of("hivelocity", "hostinger", "vpsorg", "core");

    EmulatorCli emu;

    @BeforeEach
    void start() {
        emu = new EmulatorCli();
    }

    @AfterEach
    void stop() {
        emu.close();
    }

    /** Command lines with an empty or blank id somewhere; {@code snapshot check} answers UNKNOWN (3) instead of 2. */
    static Stream<Arguments> emptyIds() {
        List<List<String>> lines = List.of(
                List.of("snapshot", "list", "--server", ""),
                List.of("snapshot", "list", "--server", "934", "--server", ""),
                List.of("snapshot", "list", "--server", "   "),
                List.of("snapshot", "get", "", "--server", "934"),
                List.of("snapshot", "get", "801", "--server", ""),
                List.of("snapshot", "create", "--server", ""),
                List.of("snapshot", "create", "--server", "934", "--server", " "),
                List.of("snapshot", "restore", "--server", "", "--latest", "--yes"),
                List.of("snapshot", "restore", "", "--yes"),
                List.of("snapshot", "delete", "", "--yes"),
                List.of("snapshot", "delete", "801", "--server", "", "--yes"),
                List.of("snapshot", "prune", "--server", "", "--name-prefix", "nightly-", "--keep-last", "1", "--yes"),
                List.of("snapshot", "wait", ""),
                List.of("snapshot", "wait", "--operation", ""),
                List.of("snapshot", "check", "--server", "", "--warn-age", "1d", "--crit-age", "2d"),
                List.of("volume", "list", "--server", ""),
                List.of("volume", "get", ""),
                List.of("volume", "delete", "", "--yes"),
                List.of("volume", "create", "--server", "", "--size", "10", "--yes"),
                List.of("iso", "get", ""),
                List.of("iso", "detach", "--server", ""),
                List.of("schedule", "list", "--server", ""),
                List.of("schedule", "get", ""));
        List<Arguments> cases = new ArrayList<>();
        for (String p : PROVIDERS) {
            for (List<String> line : lines) {
                cases.add(Arguments.of(p, line));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("emptyIds")
    void anEmptyOrBlankIdIsAUsageErrorBeforeAnyRequest(String provider, List<String> line) {
        int before = emu.emulator().requestCount();
        Result r = emu.run(provider, line.toArray(String[]::new));
        boolean plugin = line.get(1).equals("check");
        assertEquals(plugin ? 3 : 2, r.exitCode(), r::toString);
        assertEquals(before, emu.emulator().requestCount(), () -> "no request may be sent\n" + r);
        String said = plugin ? r.out() : r.err();
        assertTrue(said.contains("empty"), () -> "the message says the value is empty\n" + r);
        assertFalse(r.err().contains("\tat "), r::toString);
    }

    static Stream<Arguments> badTimeouts() {
        List<Arguments> cases = new ArrayList<>();
        for (String p : PROVIDERS) {
            for (String t : List.of("30mins", "45min", "10x", "", "-5m", "0s", "9223372036854775807s", "99999999d")) {
                cases.add(Arguments.of(p, t));
            }
        }
        return cases.stream();
    }

    /** Today's defect: the mutation was sent, then the bad value was found (exit 2 "nothing happened", or exit 1). */
    @ParameterizedTest(name = "{0} --wait-timeout ''{1}''")
    @MethodSource("badTimeouts")
    void anInvalidWaitTimeoutIsRefusedBeforeTheMutation(String provider, String timeout) {
        String server = "1001"; // any id: nothing may reach the provider
        int before = emu.emulator().requestCount();
        List<List<String>> mutations = List.of(
                List.of("snapshot", "create", "--server", server, "--replace", "--wait-timeout", timeout),
                List.of("snapshot", "restore", "--server", server, "--latest", "--yes", "--wait-timeout", timeout),
                List.of("snapshot", "delete", "801", "--server", server, "--yes", "--wait-timeout", timeout),
                List.of("snapshot", "wait", "801", "--server", server, "--wait-timeout", timeout),
                List.of("volume", "create", "--server", server, "--size", "10", "--yes", "--wait-timeout", timeout),
                List.of("volume", "delete", "7", "--yes", "--wait-timeout", timeout),
                List.of("schedule", "run", "x", "--wait-timeout", timeout));
        for (List<String> m : mutations) {
            Result r = emu.run(provider, m.toArray(String[]::new));
            assertEquals(2, r.exitCode(), () -> m + "\n" + r);
            assertTrue(r.err().contains("--wait-timeout"), () -> m + "\n" + r);
            assertFalse(r.err().contains("\tat "), r::toString);
        }
        assertEquals(before, emu.emulator().requestCount(), "not one request was sent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "0", "abc", "99999999d", "9223372036854775807s"})
    void anInvalidRequestTimeoutIsRefusedBeforeAnyRequest(String timeout) {
        int before = emu.emulator().requestCount();
        Result r = emu.run("vpsorg", "--request-timeout", timeout, "server", "list");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--request-timeout"), r::toString);
        assertEquals(before, emu.emulator().requestCount());
    }
}
