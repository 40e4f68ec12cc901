package dev.vpsnap.provider;

import dev.vpsnap.clock.Sleeper;
import dev.vpsnap.transport.HttpTransport;
import java.time.Clock;

/**
 * Everything an adapter needs, resolved by the CLI from flags, environment and profile.
 *
 * @param facilityCode Hivelocity's facility (required there), null elsewhere
 * @param clientId     Hivelocity's optional client id
 */
public record ProviderContext(String profile, HttpTransport transport, String facilityCode, Long clientId, Clock clock,
                              Sleeper sleeper) {
}
