package dev.vpsnap.config;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Precedence resolved in one place: for every value, flag &gt; environment &gt; profile &gt; default.
 *
 * <ul>
 *   <li>The profile: {@code --profile}, else {@code VPSNAP_PROFILE}, else the file's {@code default_profile}, else none.
 *       A named profile (either way, or as {@code default_profile}) that does not exist is a usage error listing the names.</li>
 *   <li>Provider: {@code --provider} &gt; {@code VPSNAP_PROVIDER} &gt; the profile's; none anywhere is a usage error.
 *       Endpoint: {@code --endpoint} &gt; {@code VPSNAP_ENDPOINT} &gt; the profile's &gt; null (provider default).
 *       Facility and client id: flag &gt; profile (there are no variables for them).</li>
 *   <li>A profile belongs to its provider: its endpoint, facility and credentials are never applied to another one.
 *       When {@code --provider}/{@code VPSNAP_PROVIDER} names another provider than the profile's, an implicit
 *       {@code default_profile} is simply not used, and an explicitly chosen profile ({@code -p}/{@code VPSNAP_PROFILE})
 *       is a usage error (sending one provider's key to another must not happen silently).</li>
 *   <li>Blank variables count as unset. Every profile's provider id is checked against the known ids (a typo anywhere in
 *       the file is reported, as unknown keys are).</li>
 * </ul>
 */
public final class ProfileResolver {
    public static final String ENV_PROFILE = "VPSNAP_PROFILE";
    public static final String ENV_PROVIDER = "VPSNAP_PROVIDER";
    public static final String ENV_ENDPOINT = "VPSNAP_ENDPOINT";

    private final Set<String> providerIds;

    /** @param providerIds the known provider ids, e.g. from the provider registry (order kept for messages) */
    public ProfileResolver(Set<String> providerIds) {
        this.providerIds = Collections.unmodifiableSet(new LinkedHashSet<>(providerIds));
    }

    public ResolvedProfile resolve(Overrides o, Map<String, String> env, ConfigFile file) {
        Overrides flags = o == null ? Overrides.none() : o;
        Map<String, String> vars = env == null ? Map.of() : env;
        ConfigFile config = file == null ? ConfigFile.empty() : file;
        String fileName = config.source() == null ? "the config file" : config.source().toString();
        for (Profile p : config.profiles()) {
            ConfigRules.checkProvider(p.provider(), providerIds, "[profiles." + p.name() + "] in " + fileName);
        }

        // which profile
        String profileName = value(flags.profile());
        String profileOrigin = "--profile";
        if (profileName == null) {
            profileName = value(vars.get(ENV_PROFILE));
            profileOrigin = ENV_PROFILE;
        }
        boolean explicit = profileName != null;
        if (!explicit) {
            profileName = config.defaultProfile().orElse(null);
            profileOrigin = "default_profile in " + fileName;
        }
        Profile profile = null;
        if (profileName != null) {
            String name = profileName;
            String origin = profileOrigin;
            profile = config.profile(name).orElseThrow(() -> new VpsnapException(ExitCode.USAGE,
                    "no profile '" + name + "' (from " + origin + ") in " + fileName + config.existing(),
                    null, null, explicit ? null : "pick another with: vpsnap config use NAME", null));
        }

        // provider
        String provider = value(flags.provider());
        String providerOrigin = "--provider";
        if (provider == null) {
            provider = value(vars.get(ENV_PROVIDER));
            providerOrigin = ENV_PROVIDER;
        }
        if (provider != null) {
            ConfigRules.checkProvider(provider, providerIds, providerOrigin);
            if (profile != null && !provider.equals(profile.provider())) {
                if (explicit) {
                    throw VpsnapException.usage("profile '" + profile.name() + "' (from " + profileOrigin + ") is for "
                            + profile.provider() + ", but " + providerOrigin + " says " + provider
                            + "; drop one of them (a profile's endpoint and credentials are never used for another provider)");
                }
                profile = null;
            }
        } else if (profile != null) {
            provider = profile.provider();
        } else {
            throw VpsnapException.usage(
                    "no provider: pass --provider, set VPSNAP_PROVIDER, or configure a profile (vpsnap config init)");
        }

        // the rest
        String endpoint = value(flags.endpoint());
        String endpointOrigin = "--endpoint";
        if (endpoint == null) {
            endpoint = value(vars.get(ENV_ENDPOINT));
            endpointOrigin = ENV_ENDPOINT;
        }
        if (endpoint != null) {
            ConfigRules.checkEndpoint(endpoint, endpointOrigin);
        } else if (profile != null) {
            endpoint = profile.endpoint();
        }
        String facility = value(flags.facilityCode());
        if (facility == null && profile != null) {
            facility = profile.facilityCode();
        }
        Long clientId = ConfigRules.checkClientId(flags.clientId(), "--client-id");
        if (clientId == null && profile != null) {
            clientId = profile.clientId();
        }
        return new ResolvedProfile(profile == null ? null : profile.name(), Objects.requireNonNull(provider), endpoint,
                facility, clientId, profile);
    }

    private static String value(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
