package dev.vpsnap.config;

/** The values given as flags ({@code -p}, {@code --provider}, {@code --endpoint}, {@code --facility}, {@code --client-id}); all nullable. */
public record Overrides(String profile, String provider, String endpoint, String facilityCode, Long clientId) {
    public static Overrides none() {
        return new Overrides(null, null, null, null, null);
    }
}
