package dev.vpsnap.config;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One {@code [profiles.NAME]} table of the config file. Every field but {@code name} may be null (unset).
 *
 * <p>{@code apiKey} is a secret: {@link #toString()} shows {@code ****} in its place. vpsnap never writes an
 * {@code api_key} that did not already come from the file (see {@link ConfigService#setProfile}).
 *
 * @param facilityCode  TOML {@code facility_code} (Hivelocity)
 * @param clientId      TOML {@code client_id} (Hivelocity), a positive integer
 * @param apiKeyEnv     TOML {@code api_key_env}: the name of a variable holding the key
 * @param apiKeyCommand TOML {@code api_key_command}: run by {@code /bin/sh -c}, its trimmed stdout is the key (not a secret itself)
 * @param apiKey        TOML {@code api_key}: the key itself (the file must then be 0600)
 * @param output        default {@code -o} format for this profile
 */
public record Profile(String name, String provider, String endpoint, String facilityCode, Long clientId,
                      String apiKeyEnv, String apiKeyCommand, String apiKey, String output) {

    public static final String PROVIDER = "provider";
    public static final String ENDPOINT = "endpoint";
    public static final String FACILITY_CODE = "facility_code";
    public static final String CLIENT_ID = "client_id";
    public static final String API_KEY_ENV = "api_key_env";
    public static final String API_KEY_COMMAND = "api_key_command";
    public static final String API_KEY = "api_key";
    public static final String OUTPUT = "output";

    /** The keys a profile table may hold, in the order vpsnap writes them. */
    public static final List<String> KEYS =
            List.of(PROVIDER, ENDPOINT, FACILITY_CODE, CLIENT_ID, API_KEY_ENV, API_KEY_COMMAND, API_KEY, OUTPUT);

    public Profile {
        Objects.requireNonNull(name, "name");
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public boolean hasApiKey() {
        return apiKey != null;
    }

    /** This profile with every non-null field of {@code patch} (its name ignored) taking the place of ours. */
    public Profile mergedWith(Profile patch) {
        return new Profile(name,
                or(patch.provider, provider),
                or(patch.endpoint, endpoint),
                or(patch.facilityCode, facilityCode),
                or(patch.clientId, clientId),
                or(patch.apiKeyEnv, apiKeyEnv),
                or(patch.apiKeyCommand, apiKeyCommand),
                or(patch.apiKey, apiKey),
                or(patch.output, output));
    }

    /** This profile with the given TOML keys ({@link #KEYS}) cleared. */
    public Profile without(Set<String> keys) {
        for (String k : keys) {
            if (!KEYS.contains(k)) {
                throw dev.vpsnap.error.VpsnapException.usage("unknown profile key '" + k + "' (known: " + String.join(", ", KEYS) + ")");
            }
        }
        return new Profile(name,
                keys.contains(PROVIDER) ? null : provider,
                keys.contains(ENDPOINT) ? null : endpoint,
                keys.contains(FACILITY_CODE) ? null : facilityCode,
                keys.contains(CLIENT_ID) ? null : clientId,
                keys.contains(API_KEY_ENV) ? null : apiKeyEnv,
                keys.contains(API_KEY_COMMAND) ? null : apiKeyCommand,
                keys.contains(API_KEY) ? null : apiKey,
                keys.contains(OUTPUT) ? null : output);
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    @Override
    public String toString() {
        return "Profile[name=" + name + ", provider=" + provider + ", endpoint=" + endpoint + ", facilityCode=" + facilityCode
                + ", clientId=" + clientId + ", apiKeyEnv=" + apiKeyEnv + ", apiKeyCommand=" + apiKeyCommand
                + ", apiKey=" + (apiKey == null ? "null" : "****") + ", output=" + output + "]";
    }

    /** For callers that set a few fields (the {@code config} commands). */
    public static final class Builder {
        private final String name;
        private String provider;
        private String endpoint;
        private String facilityCode;
        private Long clientId;
        private String apiKeyEnv;
        private String apiKeyCommand;
        private String apiKey;
        private String output;

        private Builder(String name) {
            this.name = name;
        }

        public Builder provider(String v) {
            provider = v;
            return this;
        }

        public Builder endpoint(String v) {
            endpoint = v;
            return this;
        }

        public Builder facilityCode(String v) {
            facilityCode = v;
            return this;
        }

        public Builder clientId(Long v) {
            clientId = v;
            return this;
        }

        public Builder apiKeyEnv(String v) {
            apiKeyEnv = v;
            return this;
        }

        public Builder apiKeyCommand(String v) {
            apiKeyCommand = v;
            return this;
        }

        public Builder apiKey(String v) {
            apiKey = v;
            return this;
        }

        public Builder output(String v) {
            output = v;
            return this;
        }

        public Profile build() {
            return new Profile(name, provider, endpoint, facilityCode, clientId, apiKeyEnv, apiKeyCommand, apiKey, output);
        }
    }
}
