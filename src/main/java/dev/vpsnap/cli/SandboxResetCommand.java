package dev.vpsnap.cli;

import dev.vpsnap.app.SandboxEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * {@code sandbox reset}: wipes the sandbox state (the emulator's, and the sandbox's local schedules with their run
 * locks); the next {@code --sandbox} command starts from the demo data.
 */
@Command(name = "reset", mixinStandardHelpOptions = true, description = "Wipe the sandbox state (and its local schedules).")
public final class SandboxResetCommand extends BaseCommand {
    @Override
    protected int doCall() {
        Path dir = SandboxEmulator.stateDir(env().env());
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> {
                    try {
                        Files.delete(f);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        note("sandbox state wiped (" + dir + ")");
        return 0;
    }
}
