package dev.vpsnap.provider.hostinger;

import static dev.vpsnap.provider.hostinger.HostingerHarness.VMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.SnapshotCreate;
import dev.vpsnap.provider.SnapshotRestore;
import dev.vpsnap.testing.TestTransport;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every verb against every failure shape: the exit code of the contract, and a message that is one line, carries
 * Hostinger's text where it sent one, and holds no HTML, no secret and no correlation id.
 */
class HostingerErrorsTest {
    private static final String SNAP = VMS + "/1268054/snapshot";
    private static final String CORRELATION = "26a91bd9";
    private static final Operation OP = new Operation("hostinger", "1268054:8123712", "snapshot.create",
            OperationStatus.RUNNING, null, null, null, null);

    /** A call whose last request fails; {@code prelude} are the fixtures of the successful requests before it. */
    record Verb(String name, List<String> prelude, String method, String path, boolean notFoundIsEmpty, Consumer<Provider> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A failure: status, body, and what must come out; {@code retried} when the transport retries an idempotent call. */
    record Failure(String name, int status, String fixture, String rawBody, ExitCode exit, String mustContain, boolean retried) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Verb> VERBS = List.of(
            new Verb("server list", List.of(), "GET", VMS, false, p -> p.servers().list()),
            new Verb("snapshot list --server", List.of(), "GET", SNAP, true, p -> p.snapshots().list("1268054")),
            new Verb("snapshot list (all VMs)", List.of(), "GET", VMS, false, p -> p.snapshots().list(null)),
            // a 404 on GET .../snapshot is followed by the VM's GET (HostingerSnapshotsTest covers both answers)
            new Verb("snapshot get", List.of(), "GET", SNAP, true, p -> p.snapshots().get("325", "1268054")),
            new Verb("snapshot create --replace", List.of(), "POST", SNAP, false,
                    p -> p.snapshots().create(new SnapshotCreate("1268054", null, "n", null, List.of(), true))),
            new Verb("snapshot create (overwrite check)", List.of(), "GET", SNAP, true,
                    p -> p.snapshots().create(new SnapshotCreate("1268054", null, "n", null, List.of(), false))),
            new Verb("snapshot restore", List.of("snapshot-get-ok.json"), "POST", SNAP + "/restore", false,
                    p -> p.snapshots().restore(new SnapshotRestore("325", "1268054", null))),
            new Verb("snapshot delete", List.of("snapshot-get-ok.json"), "DELETE", SNAP, false,
                    p -> p.snapshots().delete("325", "1268054")),
            new Verb("created()", List.of(), "GET", SNAP, true, p -> p.snapshots().created(OP)),
            new Verb("operation refresh", List.of(), "GET", VMS + "/1268054/actions/8123712", false,
                    p -> p.operations().refresh(OP)),
            new Verb("operation get", List.of(), "GET", VMS + "/1268054/actions/8123712", false,
                    p -> p.operations().get(OP.id())));

    static final List<Failure> FAILURES = List.of(
            new Failure("401", 401, "error-401.json", null, ExitCode.AUTH, "Unauthenticated", false),
            new Failure("403", 403, "error-403.json", null, ExitCode.AUTH, "This action is unauthorized.", false),
            new Failure("404", 404, "error-404.json", null, ExitCode.NOT_FOUND, "not found", false),
            new Failure("422 with field errors", 422, "error-422.json", null, ExitCode.REJECTED,
                    "The virtual machine is locked by another action. (and 1 more error): state: The virtual machine"
                            + " must be running or stopped.",
                    false),
            new Failure("500 Hostinger body", 500, "error-500.json", null, ExitCode.UNAVAILABLE,
                    "Something went wrong on our side", false),
            new Failure("503 empty, retried", 503, null, "", ExitCode.UNAVAILABLE, "service unavailable", true),
            new Failure("500 HTML page", 500, "error-500.html", null, ExitCode.UNAVAILABLE, "500 | Server Error", false),
            new Failure("200 truncated JSON", 200, null, "{\"id\": 325, \"created_", ExitCode.UNAVAILABLE,
                    "malformed or truncated JSON", false),
            new Failure("422 truncated body", 422, null, "{\"message\": \"The virt", ExitCode.REJECTED,
                    "unreadable error body", false));

    static Stream<Arguments> cases() {
        return VERBS.stream().flatMap(v -> FAILURES.stream()
                .filter(f -> !(v.notFoundIsEmpty() && f.status() == 404))
                .map(f -> Arguments.of(v, f)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void failsWithTheContractsExitCodeAndOneCleanLine(Verb verb, Failure failure) {
        try (HostingerHarness h = new HostingerHarness()) {
            verb.prelude().forEach(f -> h.fixture(200, f));
            boolean idempotent = !"POST".equals(verb.method());
            int attempts = failure.retried() && idempotent ? 3 : 1;
            for (int i = 0; i < attempts; i++) {
                if (failure.fixture() != null) {
                    h.fixture(failure.status(), failure.fixture());
                } else {
                    h.raw(failure.status(), failure.rawBody(), "application/json");
                }
            }

            // an ambiguous failure of the create is reconciled through the VM's actions (none new here), never re-sent
            boolean reconciled = verb.name().startsWith("snapshot create --replace")
                    && (failure.status() >= 500 || failure.status() == 200);
            if (reconciled) {
                h.raw(200, "{\"data\": [], \"meta\": {\"current_page\": 1, \"per_page\": 15, \"total\": 0}}",
                        "application/json");
            }

            VpsnapException e = assertThrows(VpsnapException.class, () -> verb.call().accept(h.provider));

            assertEquals(failure.exit(), e.exitCode(), e.getMessage());
            assertEquals("hostinger", e.provider());
            String m = e.getMessage();
            assertTrue(m.contains(failure.mustContain()), m);
            assertFalse(m.contains("\n") || m.contains("\r"), m);
            assertFalse(m.matches("(?s).*<[a-zA-Z/!][^>]*>.*"), m);
            assertFalse(m.contains(TestTransport.KEY), m);
            assertFalse(m.contains(CORRELATION), m);
            for (String f : verb.prelude()) {
                h.expect("GET", SNAP);
            }
            for (int i = 0; i < attempts; i++) {
                h.expect(verb.method(), verb.path());
            }
            if (reconciled) {
                h.expect("GET", VMS + "/1268054/actions");
            }
            h.expectCount(verb.prelude().size() + attempts + (reconciled ? 1 : 0));
        }
    }
}
