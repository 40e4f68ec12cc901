package dev.vpsnap.testing;

import dev.vpsnap.emulator.FaultPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test of the CLI against a fresh in-process emulator (on the CLI's fake clock) and its fault plan. */
public abstract class EmulatorCliTest {
    protected EmulatorCli cli;
    protected FaultPlan faults;

    @BeforeEach
    void startEmulator() {
        cli = new EmulatorCli();
        faults = cli.emulator().faults();
    }

    @AfterEach
    void stopEmulator() {
        cli.close();
    }

    /** Makes a snapshot named {@code name} on {@code server} (replacing Hostinger's one) and returns its id. */
    protected String snapshotOn(String provider, String server, String name) {
        CliHarness.Result made = provider.equals("hostinger") // Hostinger snapshots have no name (--name is exit 9)
                ? cli.run(provider, "snapshot", "create", "--server", server, "--replace")
                : cli.run(provider, "snapshot", "create", "--server", server, "--name", name, "--replace");
        org.junit.jupiter.api.Assertions.assertEquals(0, made.exitCode(), made::toString);
        return JsonAssert.tree(made.out()).get("id").asText();
    }
}
