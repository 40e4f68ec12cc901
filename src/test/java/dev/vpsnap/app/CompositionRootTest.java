package dev.vpsnap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One composition root: outside {@code dev.vpsnap.app} (and the transport package itself, with its own tests) no
 * code, main or test, assembles a transport: no OkHttp client derived, no auth strategy, no HttpTransport, no
 * sandbox emulator. The CLI, the tests and the training run all go through {@code Connector}.
 */
class CompositionRootTest {
    private static final List<String> ASSEMBLY = List.of("new HttpTransport(", "Http.derive(", "Http.shared(",
            "new AuthStrategy.", "new Pacer(", "Sandbox.start(", "SandboxEmulator.start(");

    @Test
    void onlyTheConnectorAssemblesTransports() throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String rel = f.toString().replace('\\', '/');
                    if (rel.contains("/dev/vpsnap/app/") || rel.contains("/dev/vpsnap/transport/")) {
                        continue;
                    }
                    String text = Files.readString(f);
                    for (String token : ASSEMBLY) {
                        if (text.contains(token)) {
                            found.add(rel + ": " + token);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
