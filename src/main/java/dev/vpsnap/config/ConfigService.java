package dev.vpsnap.config;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the {@code vpsnap config} commands call. Each method returns data and prints nothing; every write goes through
 * {@link ConfigFile#save} (atomic, 0600).
 *
 * <p>Secrets never come from flags: {@link #init} and {@link #setProfile} refuse a profile carrying {@code api_key}. Users
 * who want the key itself in the file add {@code api_key = "..."} by hand (and keep the file 0600, which vpsnap enforces);
 * better, {@code api_key_command} (e.g. {@code pass show vpsnap/hivelocity}) or {@code api_key_env}. An {@code api_key}
 * already in the file is kept when other fields change.
 */
public final class ConfigService {
    private final Set<String> providerIds;

    /** @param providerIds the known provider ids, e.g. from the provider registry (order kept for messages) */
    public ConfigService(Set<String> providerIds) {
        this.providerIds = Collections.unmodifiableSet(new LinkedHashSet<>(providerIds));
    }

    /**
     * Writes a new file holding {@code first}, made the default. An existing file is a usage error unless {@code force}
     * (then it is replaced, other profiles included).
     */
    public ConfigFile init(Path file, Profile first, boolean force) {
        if (Files.exists(file) && !force) {
            throw new VpsnapException(ExitCode.USAGE, file + " already exists", null, null,
                    "add or change a profile with: vpsnap config set-profile NAME ...; or overwrite it with --force", null);
        }
        refuseSecret(first);
        ConfigRules.checkProfile(first, providerIds, "profile '" + first.name() + "'");
        ConfigFile config = ConfigFile.empty().withSource(file).withProfile(first).withDefault(first.name());
        config.save(file);
        return config;
    }

    /** Creates the profile or merges the non-null fields of {@code patch} into it. */
    public ProfileChange setProfile(Path file, Profile patch) {
        return setProfile(file, patch, Set.of());
    }

    /**
     * Creates or updates a profile: non-null fields of {@code patch} replace the stored ones, then the TOML keys in
     * {@code unset} ({@link Profile#KEYS}) are removed. A new profile needs a provider. When the file has no
     * {@code default_profile} yet, the profile becomes the default.
     */
    public ProfileChange setProfile(Path file, Profile patch, Set<String> unset) {
        refuseSecret(patch);
        ConfigRules.checkProfileName(patch.name(), null);
        if (unset.contains(Profile.PROVIDER)) {
            throw VpsnapException.usage("a profile cannot be without a provider; set another one instead of unsetting it");
        }
        ConfigFile config = ConfigFile.load(file);
        Profile existing = config.profile(patch.name()).orElse(null);
        if (existing == null && patch.provider() == null) {
            throw VpsnapException.usage("profile '" + patch.name() + "' does not exist; creating it needs a provider ("
                    + String.join(", ", providerIds) + ")");
        }
        Profile merged = (existing == null ? patch : existing.mergedWith(patch)).without(unset);
        ConfigRules.checkProfile(merged, providerIds, "profile '" + merged.name() + "'");
        ConfigFile updated = config.withProfile(merged);
        boolean becameDefault = updated.defaultProfile().isEmpty();
        if (becameDefault) {
            updated = updated.withDefault(merged.name());
        }
        updated.save(file);
        return new ProfileChange(merged, existing == null, becameDefault);
    }

    /** The profiles in file order; an absent file gives an empty list. */
    public List<ProfileRow> list(Path file) {
        ConfigFile config = ConfigFile.load(file);
        String def = config.defaultProfile().orElse(null);
        return config.profiles().stream()
                .map(p -> new ProfileRow(p.name(), p.provider(), p.endpoint(), p.name().equals(def)))
                .toList();
    }

    /** Makes {@code name} the {@code default_profile}; it must exist. */
    public void use(Path file, String name) {
        existingProfile(file, name).withDefault(name).save(file);
    }

    /**
     * Removes a profile; returns true when it was the default (the file then has no {@code default_profile}).
     * Local schedules naming it are not touched.
     */
    public boolean deleteProfile(Path file, String name) {
        ConfigFile config = existingProfile(file, name);
        boolean wasDefault = config.defaultProfile().filter(name::equals).isPresent();
        config.withoutProfile(name).save(file);
        return wasDefault;
    }

    /**
     * Renames {@code from} to {@code to} in place (file order kept); a {@code default_profile} that named {@code from}
     * names {@code to} afterwards. Returns true when it did. {@code to} must be a valid, unused name.
     */
    public boolean renameProfile(Path file, String from, String to) {
        ConfigRules.checkProfileName(to, null);
        ConfigFile config = existingProfile(file, from);
        if (config.profile(to).isPresent()) {
            throw VpsnapException.usage("profile '" + to + "' already exists in " + file
                    + "; delete it first (vpsnap config delete-profile " + to + ")");
        }
        ConfigFile renamed = ConfigFile.empty().withSource(file);
        for (Profile p : config.profiles()) {
            renamed = renamed.withProfile(!p.name().equals(from) ? p : new Profile(to, p.provider(), p.endpoint(),
                    p.facilityCode(), p.clientId(), p.apiKeyEnv(), p.apiKeyCommand(), p.apiKey(), p.output()));
        }
        String def = config.defaultProfile().orElse(null);
        boolean movedDefault = from.equals(def);
        renamed.withDefault(movedDefault ? to : def).save(file);
        return movedDefault;
    }

    private static ConfigFile existingProfile(Path file, String name) {
        ConfigFile config = ConfigFile.load(file);
        if (config.profile(name).isEmpty()) {
            throw VpsnapException.usage("no profile '" + name + "' in " + file + config.existing());
        }
        return config;
    }

    /** One profile, redacted; {@code name} null means the default profile. */
    public ProfileView show(Path file, String name) {
        ConfigFile config = ConfigFile.load(file);
        String def = config.defaultProfile().orElse(null);
        String wanted = name != null ? name : def;
        if (wanted == null) {
            throw new VpsnapException(ExitCode.USAGE, "no default profile in " + file + config.existing(), null, null,
                    "name one, or set the default with: vpsnap config use NAME", null);
        }
        Profile p = config.profile(wanted).orElseThrow(() -> VpsnapException.usage(
                "no profile '" + wanted + "' in " + file + config.existing()));
        return ProfileView.of(p, wanted.equals(def));
    }

    /** Every profile, redacted, in file order. */
    public List<ProfileView> showAll(Path file) {
        ConfigFile config = ConfigFile.load(file);
        String def = config.defaultProfile().orElse(null);
        return config.profiles().stream().map(p -> ProfileView.of(p, p.name().equals(def))).toList();
    }

    private static void refuseSecret(Profile p) {
        if (p.apiKey() != null) {
            throw new VpsnapException(ExitCode.USAGE, "vpsnap does not store an api_key given on the command line",
                    null, null, "use api_key_command (e.g. 'pass show vpsnap/" + (p.provider() == null ? "PROVIDER" : p.provider())
                    + "') or api_key_env; or add api_key to the file by hand and keep it chmod 600", null);
        }
    }
}
