package dev.vpsnap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;

/** Shared fixtures of the config tests. */
final class ConfigTesting {
    static final Set<String> PROVIDERS = new LinkedHashSet<>(List.of("hivelocity", "hostinger", "vpsorg", "core"));

    /** The example of cli.md, verbatim. */
    static final String CLI_MD_EXAMPLE = """
            default_profile = "prod-hv"

            [profiles.prod-hv]
            provider = "hivelocity"
            facility_code = "TPA1"
            client_id = 1234
            api_key_command = "pass show hivelocity/api"

            [profiles.web]
            provider = "hostinger"
            api_key_env = "HOSTINGER_TOKEN"

            [profiles.gpu]
            provider = "core"
            endpoint = "https://infrahub-api.nexgencloud.com/v1"
            """;

    private ConfigTesting() {
    }

    static Path write(Path file, String text, String perms) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(perms));
        return file;
    }

    static String perms(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    static VpsnapException fails(ExitCode code, Executable action) {
        VpsnapException e = assertThrows(VpsnapException.class, action);
        assertEquals(code, e.exitCode(), () -> "exit code of: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), () -> "message must be one line: " + e.getMessage());
        return e;
    }

    /** Neither message, hint nor toString of the failure reveals {@code secret}. */
    static void assertNoSecret(VpsnapException e, String secret) {
        String all = e.getMessage() + " | " + e.hint() + " | " + e;
        assertFalse(all.contains(secret), "the secret leaked into: " + all.replace(secret, "<SECRET>"));
    }
}
