package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import dev.vpsnap.testing.JsonAssert;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import dev.vpsnap.testing.QuirkCases;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An ambiguous failure of a create never makes a second snapshot: the CLI against the emulator (in-process, sharing
 * the CLI's fake clock) with scripted faults on the create POST.
 */
class CreateReconciliationTest {
    private EmulatorCli cli;
    private Emulator emu;

    private void start(String quirk) {
        cli = new EmulatorCli(QuirkCases.set(quirk));
        emu = cli.emulator();
    }

    @AfterEach
    void stop() {
        if (cli != null) {
            cli.close();
        }
    }

    static Stream<Arguments> cases() {
        return QuirkCases.forProviders("vpsorg", "core");
    }

    private Result run(String provider, String... rest) {
        return cli.run(provider, rest);
    }

    private String firstServer(String provider) {
        Result r = run(provider, "server", "list");
        assertEquals(0, r.exitCode(), r::toString);
        return JsonAssert.tree(r.out()).get(0).get("id").asText();
    }

    private long named(String provider, String server, String name) {
        Result r = run(provider, "snapshot", "list", "--server", server);
        assertEquals(0, r.exitCode(), r::toString);
        return StreamSupport.stream(JsonAssert.tree(r.out()).spliterator(), false)
                .filter(s -> name.equals(s.get("name").asText())).count();
    }

    private static String createPost(String provider) {
        return switch (provider) {
            case "vpsorg" -> "/vpsorg/api/v1/snapshots/?$";
            case "core" -> "/core/v1/core/virtual-machines/\\d+/snapshots$";
            default -> "/hivelocity/api/v2/vps/volume/\\d+/snapshot$";
        };
    }

    @ParameterizedTest(name = "{0} quirk [{1}]")
    @MethodSource("cases")
    void a500AfterTheSnapshotWasMadeEndsWithExactlyOne(String provider, String quirk) {
        start(quirk);
        String server = firstServer(provider);
        emu.faults().failAfterApplyingNext("POST", createPost(provider));
        int before = emu.requestCount();

        Result r = run(provider, "snapshot", "create", "--server", server, "--name", "once");

        assertEquals(0, r.exitCode(), r::toString);
        JsonNode snap = JsonAssert.tree(r.out());
        assertEquals("once", snap.get("name").asText());
        assertEquals("available", snap.get("status").asText());
        assertTrue(r.err().contains("failed ambiguously") && r.err().contains("not creating it again"), r::toString);
        assertEquals(0, emu.faults().pendingScripted(), "the fault was used: " + (emu.requestCount() - before));
        assertEquals(1, named(provider, server, "once"));
    }

    @ParameterizedTest(name = "{0} quirk [{1}]")
    @MethodSource("cases")
    void aDroppedConnectionBeforeProcessingIsSentAgainOnceCertainlyAbsent(String provider, String quirk) {
        start(quirk);
        String server = firstServer(provider);
        emu.faults().dropConnectionNext("POST", createPost(provider));

        Result r = run(provider, "snapshot", "create", "--server", server, "--name", "again");

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().contains("certainly absent, sending it again"), r::toString);
        assertEquals(1, named(provider, server, "again"));
    }

    @ParameterizedTest(name = "{0} quirk [{1}]")
    @MethodSource("cases")
    void aTruncatedAnswerToTheCreateIsReconciled(String provider, String quirk) {
        start(quirk);
        String server = firstServer(provider);
        emu.faults().truncateNext("POST", createPost(provider));

        Result r = run(provider, "snapshot", "create", "--server", server, "--name", "cut");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(1, named(provider, server, "cut"));
    }
}
