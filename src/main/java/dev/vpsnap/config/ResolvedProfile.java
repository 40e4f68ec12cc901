package dev.vpsnap.config;

/**
 * What a command runs against once flags, environment and profile are combined.
 *
 * @param name     the profile used, or null when none applies
 * @param endpoint null means the provider's default endpoint
 * @param source   the profile the values fell back to (and whose credential settings apply), or null
 */
public record ResolvedProfile(String name, String provider, String endpoint, String facilityCode, Long clientId, Profile source) {

    /** The profile's default output format, or null. */
    public String output() {
        return source == null ? null : source.output();
    }
}
