package dev.vpsnap.cli.auth;

import dev.vpsnap.output.Column;
import dev.vpsnap.output.Columns;
import java.util.List;

/**
 * One profile's line of {@code auth status}: where it points, where its key came from (never the key) and what one
 * authenticated read answered.
 *
 * @param profile    the profile, null when flags and environment alone name the provider
 * @param keySource  e.g. {@code HOSTINGER_API_TOKEN}, {@code profile 'web' api_key_command}; null when no key was found
 * @param status     {@code ok}, {@code auth-failed} (401/403 or no key), {@code unreachable} (network, 5xx, 429) or
 *                   {@code error} (anything else, e.g. a wrong endpoint path)
 * @param exitCode   the contract's exit code of this profile's check (0 when ok)
 * @param latencyMs  how long the read took, null when none was sent
 */
public record AuthStatus(String profile, String provider, String endpoint, String keySource, String status, int exitCode,
                         Integer httpStatus, Long latencyMs, String message) {

    public static final Columns<AuthStatus> COLUMNS = new Columns<>(List.of(
            Column.of("PROFILE", AuthStatus::profile),
            Column.of("PROVIDER", AuthStatus::provider),
            Column.of("STATUS", AuthStatus::status),
            Column.of("LATENCY", a -> a.latencyMs() == null ? null : a.latencyMs() + " ms"),
            Column.of("KEY FROM", AuthStatus::keySource),
            Column.wide("ENDPOINT", AuthStatus::endpoint),
            Column.wide("HTTP", AuthStatus::httpStatus),
            Column.of("MESSAGE", AuthStatus::message)));
}
