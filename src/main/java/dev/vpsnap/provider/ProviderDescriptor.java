package dev.vpsnap.provider;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What is known about a provider without credentials: its id, default endpoint, how it authenticates, where its
 * own credential variable lives, and the capability matrix (with notes) that {@code vpsnap providers} prints.
 *
 * @param authHeader     {@code Authorization} for Bearer providers, else the API-key header name
 * @param bearer         true when the key is sent as {@code Authorization: Bearer <key>}
 * @param credentialEnv  the provider's own environment variable (step 3 of the credential chain)
 * @param asyncPolling   how asynchronous operations are polled (matrix row)
 * @param pace           default request pace shared by all workers of a run (token bucket in the transport)
 * @param cadence        how its asynchronous operations are polled ({@link PollCadence}, with the reason)
 * @param ids            what the provider's server, volume and ISO ids look like: a value of this shape is taken as
 *                       an id without a request, any other is a name (resolved by {@code ops.Names} with one list call)
 */
public record ProviderDescriptor(String id, String displayName, String defaultEndpoint, String authHeader, boolean bearer,
                                 String credentialEnv, Set<Capability> capabilities, Map<Capability, String> notes,
                                 String asyncPolling, List<String> requiredSettings,
                                 RequestPace pace, Pattern ids, PollCadence cadence) {

    /**
     * Whole numbers (Hivelocity deviceIds, Hostinger VM ids, vps.org server ids, core VM and volume ids) or UUIDs
     * (Hivelocity's volume and ISO ids): all four providers' ids.
     */
    public static final Pattern NUMBER_OR_UUID =
            Pattern.compile("\\d{1,18}|\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    /** A provider whose ids are {@link #NUMBER_OR_UUID}. */
    public ProviderDescriptor(String id, String displayName, String defaultEndpoint, String authHeader, boolean bearer,
                              String credentialEnv, Set<Capability> capabilities, Map<Capability, String> notes,
                              String asyncPolling, List<String> requiredSettings, RequestPace pace) {
        this(id, displayName, defaultEndpoint, authHeader, bearer, credentialEnv, capabilities, notes, asyncPolling,
                requiredSettings, pace, NUMBER_OR_UUID);
    }

    /** A provider with its own id shape, at the default poll cadence. */
    public ProviderDescriptor(String id, String displayName, String defaultEndpoint, String authHeader, boolean bearer,
                              String credentialEnv, Set<Capability> capabilities, Map<Capability, String> notes,
                              String asyncPolling, List<String> requiredSettings, RequestPace pace, Pattern ids) {
        this(id, displayName, defaultEndpoint, authHeader, bearer, credentialEnv, capabilities, notes, asyncPolling,
                requiredSettings, pace, ids, PollCadence.DEFAULT);
    }

    /** This provider with its own poll cadence. */
    public ProviderDescriptor withCadence(PollCadence c) {
        return new ProviderDescriptor(id, displayName, defaultEndpoint, authHeader, bearer, credentialEnv, capabilities,
                notes, asyncPolling, requiredSettings, pace, ids, c);
    }

    /** Whether {@code value} has the shape of one of this provider's ids. */
    public boolean idShaped(String value) {
        return ids.matcher(value).matches();
    }
}
