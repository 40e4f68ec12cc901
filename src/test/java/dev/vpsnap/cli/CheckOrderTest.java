package dev.vpsnap.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.testing.HomeCliTest;
import dev.vpsnap.testing.CliHarness.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Order of checks: usage (2), then capability (9), then credentials (3), then requests. Nothing here has a key, and
 * the endpoint is a closed port: a request would be exit 8.
 */
class CheckOrderTest extends HomeCliTest {
    private Result run(int expected, String... args) {
        Result r = cli.expect(expected, args);
        assertFalse(r.err().contains("API key") && expected != 3, r::toString);
        return r;
    }

    @ParameterizedTest
    @CsvSource({"hostinger,volume,list", "hostinger,volume,sizes", "vpsorg,volume,list", "hostinger,iso,list",
            "core,iso,list", "vpsorg,iso,list"})
    void anUnsupportedCommandWithoutCredentialsIsExitNine(String provider, String group, String verb) {
        Result r = run(9, "--provider", provider, "--endpoint", "http://127.0.0.1:9", group, verb);
        assertTrue(r.err().contains(provider), r::toString);
    }

    @Test
    void anUnsupportedGetWithoutCredentialsIsExitNine() {
        run(9, "--provider", "hostinger", "--endpoint", "http://127.0.0.1:9", "volume", "get", "v-1");
        run(9, "--provider", "vpsorg", "--endpoint", "http://127.0.0.1:9", "iso", "get", "7");
    }

    @Test
    void usageBeforeCapability() {
        run(2, "--provider", "hostinger", "--endpoint", "http://127.0.0.1:9", "volume", "list", "--bogus");
    }

    @Test
    void credentialsBeforeRequests() {
        Result r = run(3, "--provider", "vpsorg", "--endpoint", "http://127.0.0.1:9", "snapshot", "list");
        assertTrue(r.err().contains("no API key"), r::toString);
        run(3, "--provider", "core", "--endpoint", "http://127.0.0.1:9", "volume", "list");
    }
}
