package dev.vpsnap.config;

/**
 * What {@link ConfigService#setProfile} did.
 *
 * @param profile       the profile as now stored (print it through {@link ProfileView}, never directly)
 * @param created       true when the profile did not exist before
 * @param becameDefault true when it was made {@code default_profile} (the first profile of a file without a default)
 */
public record ProfileChange(Profile profile, boolean created, boolean becameDefault) {
}
