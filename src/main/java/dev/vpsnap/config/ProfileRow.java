package dev.vpsnap.config;

/** One line of {@code vpsnap config list}; {@code endpoint} null = the provider's default. */
public record ProfileRow(String name, String provider, String endpoint, boolean isDefault) {
}
