package dev.vpsnap.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The config file: {@code default_profile} and the {@code [profiles.NAME]} tables of cli.md, immutable.
 *
 * <p>Loading: a missing file is an empty config; malformed TOML, an unknown key (anywhere: typos must not be silent) or a
 * value of the wrong type is a usage error (exit 2) in one line naming the file, and the line where the parser knows it;
 * a file that holds an {@code api_key} while readable by group or others is refused (exit 3, hint {@code chmod 600}).
 * Provider ids are not checked here (the caller owns the list): {@link ProfileResolver} and {@link ConfigService} do it.
 *
 * <p>Saving rewrites the whole file in canonical form (comments are not kept), atomically: a temp file created 0600 in
 * the same directory (so the content never exists with wider permissions), fsync, then a rename over the old file. A
 * missing directory is created 0700. When the path is a symlink (dotfile managers), the link's target is replaced and
 * the link kept.
 */
public final class ConfigFile {
    public static final String DEFAULT_PROFILE = "default_profile";
    public static final String PROFILES = "profiles";

    /** Built on first parse: a run without a config file never pays for a second mapper. */
    private static final class Toml {
        static final TomlMapper MAPPER = new TomlMapper();
    }

    private final Path source;
    private final String defaultProfile;
    private final Map<String, Profile> profiles;

    private ConfigFile(Path source, String defaultProfile, Map<String, Profile> profiles) {
        this.source = source;
        this.defaultProfile = defaultProfile;
        this.profiles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
    }

    public static ConfigFile empty() {
        return new ConfigFile(null, null, Map.of());
    }

    /** A config file is small text; anything larger is not one (e.g. {@code --config /dev/zero}). */
    static final long MAX_BYTES = 1024 * 1024;

    /**
     * A file the user named ({@code --config}, {@code VPSNAP_CONFIG}): it must exist — a typo or a dangling symlink
     * is an error, never silently an empty config.
     */
    public static ConfigFile loadNamed(Path file) {
        if (!Files.exists(file)) {
            throw VpsnapException.usage("config file " + file + (Files.isSymbolicLink(file)
                    ? " is a dangling symbolic link" : " does not exist"));
        }
        return load(file);
    }

    /** Reads {@code file}; a missing file gives an empty config whose {@link #source()} is {@code file}. */
    public static ConfigFile load(Path file) {
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw VpsnapException.usage(file + " is a directory, not a config file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // a FIFO would block the read, a device could be endless
                throw VpsnapException.usage(file + " is not a regular file");
            }
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                throw VpsnapException.usage(file + " is larger than 1 MiB; not a vpsnap config file");
            }
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1); // a UTF-8 byte-order mark, as some Windows editors write
            }
        } catch (NoSuchFileException e) {
            return new ConfigFile(file, null, Map.of());
        } catch (AccessDeniedException e) {
            throw new VpsnapException(ExitCode.AUTH, "cannot read " + file + ": permission denied", null, null, null, e);
        } catch (CharacterCodingException e) {
            throw VpsnapException.usage(file + ": not valid UTF-8 text");
        } catch (IOException e) {
            throw VpsnapException.usage("cannot read " + file + ": " + e.getMessage());
        }
        ConfigFile parsed = parse(text, file);
        parsed.refuseExposedSecret();
        return parsed;
    }

    /** Parses TOML text; {@code source} (nullable) names the file in messages. No permission check. */
    public static ConfigFile parse(String toml, Path source) {
        String where = source == null ? "config" : source.toString();
        JsonNode root;
        try {
            root = Toml.MAPPER.readTree(toml);
        } catch (JsonProcessingException e) {
            throw VpsnapException.usage(where + ": invalid TOML" + at(e.getLocation()) + ": " + firstLine(e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new ConfigFile(source, null, Map.of());
        }
        String defaultProfile = null;
        Map<String, Profile> profiles = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            switch (e.getKey()) {
                case DEFAULT_PROFILE -> defaultProfile = text(e.getValue(), DEFAULT_PROFILE, where);
                case PROFILES -> {
                    if (!e.getValue().isObject()) {
                        throw VpsnapException.usage(where + ": 'profiles' must be a table of [profiles.NAME] tables");
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> pit = e.getValue().fields(); pit.hasNext(); ) {
                        Map.Entry<String, JsonNode> pe = pit.next();
                        Profile p = profile(pe.getKey(), pe.getValue(), where);
                        profiles.put(p.name(), p);
                    }
                }
                default -> throw unknownKey(e.getKey(), List.of(DEFAULT_PROFILE, "[profiles.NAME]"), "at the top level", where);
            }
        }
        return new ConfigFile(source, defaultProfile, profiles);
    }

    private static Profile profile(String name, JsonNode table, String file) {
        String where = "[profiles." + name + "] in " + file;
        ConfigRules.checkProfileName(name, file);
        if (!table.isObject()) {
            throw VpsnapException.usage(where + ": must be a table ([profiles." + name + "] with key = value lines)");
        }
        for (Iterator<String> it = table.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!Profile.KEYS.contains(key)) {
                throw unknownKey(key, Profile.KEYS, "in [profiles." + name + "]", file);
            }
        }
        Profile p = new Profile(name,
                text(table.get(Profile.PROVIDER), Profile.PROVIDER, where),
                text(table.get(Profile.ENDPOINT), Profile.ENDPOINT, where),
                text(table.get(Profile.FACILITY_CODE), Profile.FACILITY_CODE, where),
                integer(table.get(Profile.CLIENT_ID), Profile.CLIENT_ID, where),
                text(table.get(Profile.API_KEY_ENV), Profile.API_KEY_ENV, where),
                text(table.get(Profile.API_KEY_COMMAND), Profile.API_KEY_COMMAND, where),
                secretText(table.get(Profile.API_KEY), where),
                text(table.get(Profile.OUTPUT), Profile.OUTPUT, where));
        return ConfigRules.checkProfile(p, null, where);
    }

    private static String text(JsonNode n, String key, String where) {
        if (n == null) {
            return null;
        }
        if (!n.isTextual()) {
            throw VpsnapException.usage(where + ": " + key + " must be a string (in quotes), not " + n);
        }
        return n.textValue();
    }

    /** Like {@link #text} but never echoes the value. */
    private static String secretText(JsonNode n, String where) {
        if (n == null) {
            return null;
        }
        if (!n.isTextual()) {
            throw VpsnapException.usage(where + ": " + Profile.API_KEY + " must be a string (in quotes)");
        }
        return n.textValue();
    }

    private static Long integer(JsonNode n, String key, String where) {
        if (n == null) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() <= 0) {
            throw VpsnapException.usage(where + ": " + key + " must be a positive integer (no quotes), not " + n);
        }
        return n.longValue();
    }

    private static VpsnapException unknownKey(String key, List<String> known, String place, String file) {
        String guess = ConfigRules.suggest(key, known);
        return new VpsnapException(ExitCode.USAGE, file + ": unknown key '" + key + "' " + place
                + (guess == null ? "" : "; did you mean '" + guess + "'?"),
                null, null, "known keys: " + String.join(", ", known), null);
    }

    private static String at(JsonLocation loc) {
        if (loc == null || loc.getLineNr() <= 0) {
            return "";
        }
        return " at line " + loc.getLineNr() + (loc.getColumnNr() > 0 ? ", column " + loc.getColumnNr() : "");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "parse error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private void refuseExposedSecret() {
        if (source == null || profiles.values().stream().noneMatch(Profile::hasApiKey)) {
            return;
        }
        boolean exposed;
        try {
            exposed = FilePermissions.readableByGroupOrOthers(source);
        } catch (IOException e) {
            throw VpsnapException.usage("cannot check the permissions of " + source + ": " + e.getMessage());
        }
        if (exposed) {
            throw new VpsnapException(ExitCode.AUTH, source + " holds an api_key and is readable by group/others",
                    null, null, "run: chmod 600 " + source, null);
        }
    }

    // ---- accessors and immutable updates ----

    /** The file this was loaded from (or will be saved to by {@link ConfigService}); null when parsed from text. */
    public Path source() {
        return source;
    }

    public Optional<String> defaultProfile() {
        return Optional.ofNullable(defaultProfile);
    }

    /** In file order (new profiles are appended). */
    public List<Profile> profiles() {
        return List.copyOf(profiles.values());
    }

    public List<String> profileNames() {
        return List.copyOf(profiles.keySet());
    }

    public Optional<Profile> profile(String name) {
        return Optional.ofNullable(profiles.get(name));
    }

    public boolean isEmpty() {
        return defaultProfile == null && profiles.isEmpty();
    }

    /** Adds {@code p}, or replaces the profile of that name in place (order kept). */
    public ConfigFile withProfile(Profile p) {
        Map<String, Profile> copy = new LinkedHashMap<>(profiles);
        copy.put(p.name(), p);
        return new ConfigFile(source, defaultProfile, copy);
    }

    /** Removes the profile; when it was the default, the file has no default afterwards. */
    public ConfigFile withoutProfile(String name) {
        Map<String, Profile> copy = new LinkedHashMap<>(profiles);
        copy.remove(name);
        return new ConfigFile(source, name.equals(defaultProfile) ? null : defaultProfile, copy);
    }

    /** Sets {@code default_profile} (null clears it); the profile must exist. */
    public ConfigFile withDefault(String name) {
        if (name != null && !profiles.containsKey(name)) {
            throw VpsnapException.usage("no profile '" + name + "'" + existing());
        }
        return new ConfigFile(source, name, profiles);
    }

    public ConfigFile withSource(Path file) {
        return new ConfigFile(file, defaultProfile, profiles);
    }

    /** "; profiles: a, b" or "; no profiles are configured (vpsnap config init)" for error messages. */
    String existing() {
        return profiles.isEmpty() ? "; no profiles are configured (run: vpsnap config init)"
                : "; profiles: " + String.join(", ", profiles.keySet());
    }

    // ---- writing ----

    /** The canonical TOML text of this config. */
    public String toToml() {
        StringBuilder out = new StringBuilder();
        out.append("# vpsnap configuration. Rewritten by `vpsnap config ...` commands (comments are not kept).\n");
        if (defaultProfile != null) {
            out.append(DEFAULT_PROFILE).append(" = ").append(quote(defaultProfile)).append('\n');
        }
        for (Profile p : profiles.values()) {
            out.append('\n').append("[profiles.").append(p.name()).append("]\n");
            line(out, Profile.PROVIDER, p.provider());
            line(out, Profile.ENDPOINT, p.endpoint());
            line(out, Profile.FACILITY_CODE, p.facilityCode());
            if (p.clientId() != null) {
                out.append(Profile.CLIENT_ID).append(" = ").append(p.clientId()).append('\n');
            }
            line(out, Profile.API_KEY_ENV, p.apiKeyEnv());
            line(out, Profile.API_KEY_COMMAND, p.apiKeyCommand());
            line(out, Profile.API_KEY, p.apiKey());
            line(out, Profile.OUTPUT, p.output());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append(key).append(" = ").append(quote(value)).append('\n');
        }
    }

    /** A TOML basic string. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Writes this config to {@code file} atomically with mode 0600 (see {@link PrivateFiles}). */
    public void save(Path file) {
        PrivateFiles.write(file, toToml());
    }

    @Override
    public String toString() {
        return "ConfigFile[source=" + source + ", defaultProfile=" + defaultProfile + ", profiles=" + profiles.values() + "]";
    }
}
