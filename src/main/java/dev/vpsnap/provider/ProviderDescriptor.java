package dev.vpsnap.provider;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is known about a provider without credentials: its id, default endpoint, how it authenticates, where its
 * own credential variable lives, and the capability matrix (with notes) that {@code vpsnap providers} prints.
 *
 * @param authHeader     {@code Authorization} for Bearer providers, else the API-key header name
 * @param bearer         true when the key is sent as {@code Authorization: Bearer <key>}
 * @param credentialEnv  the provider's own environment variable (step 3 of the credential chain)
 * @param asyncPolling   how asynchronous operations are polled (matrix row)
 * @param pace           default request pace shared by all workers of a run (token bucket in the transport)
 */
public record ProviderDescriptor(String id, String displayName, String defaultEndpoint, String authHeader, boolean bearer,
                                 String credentialEnv, Set<Capability> capabilities, Map<Capability, String> notes,
                                 String asyncPolling, List<String> requiredSettings,
                                 RequestPace pace) {
}
