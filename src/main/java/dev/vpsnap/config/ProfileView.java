package dev.vpsnap.config;

/**
 * A profile for display ({@code vpsnap config show}): {@code apiKey} is {@code "****"} when the file holds one, else null.
 * {@code apiKeyCommand} and {@code apiKeyEnv} are shown as they are: they name where the key is, not the key.
 */
public record ProfileView(String name, String provider, String endpoint, String facilityCode, Long clientId,
                          String apiKeyEnv, String apiKeyCommand, String apiKey, String output, boolean isDefault) {
    public static final String REDACTED = "****";

    static ProfileView of(Profile p, boolean isDefault) {
        return new ProfileView(p.name(), p.provider(), p.endpoint(), p.facilityCode(), p.clientId(), p.apiKeyEnv(),
                p.apiKeyCommand(), p.hasApiKey() ? REDACTED : null, p.output(), isDefault);
    }
}
