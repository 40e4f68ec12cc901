package dev.vpsnap.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where vpsnap keeps its files, from the environment map (never {@code System.getenv} here, so tests pass maps).
 *
 * <p>Rules: blank variables count as unset; per the XDG base-directory spec a relative {@code XDG_*} value is ignored;
 * a leading {@code ~/} in {@code --config} or {@code VPSNAP_CONFIG} is expanded (shells do not expand it after
 * {@code --config=}, and systemd units never do).
 */
public final class ConfigPaths {
    public static final String ENV_CONFIG = "VPSNAP_CONFIG";

    private ConfigPaths() {
    }

    /** True when the user named the config file ({@code --config} or {@code VPSNAP_CONFIG}) rather than taking the default. */
    public static boolean configNamed(String flagValue, Map<String, String> env) {
        return !isBlank(flagValue) || get(env, ENV_CONFIG) != null;
    }

    /** {@code --config} flag &gt; {@code VPSNAP_CONFIG} &gt; {@code $XDG_CONFIG_HOME/vpsnap/config.toml} &gt; {@code ~/.config/vpsnap/config.toml}. */
    public static Path configFile(String flagValue, Map<String, String> env) {
        if (!isBlank(flagValue)) {
            return expandHome(flagValue, env);
        }
        String fromEnv = get(env, ENV_CONFIG);
        if (fromEnv != null) {
            return expandHome(fromEnv, env);
        }
        return configDir(env).resolve("config.toml");
    }

    /** {@code $XDG_CONFIG_HOME/vpsnap} or {@code ~/.config/vpsnap}: the default home of the config file (and of local schedules). */
    public static Path configDir(Map<String, String> env) {
        return xdg(env, "XDG_CONFIG_HOME", ".config").resolve("vpsnap");
    }

    /** {@code $XDG_STATE_HOME/vpsnap} or {@code ~/.local/state/vpsnap} (sandbox state, run locks). */
    public static Path stateDir(Map<String, String> env) {
        return xdg(env, "XDG_STATE_HOME", ".local/state").resolve("vpsnap");
    }

    /** {@code HOME} from the map, else the {@code user.home} system property. */
    public static Path home(Map<String, String> env) {
        String home = get(env, "HOME");
        return Path.of(home != null ? home : System.getProperty("user.home"));
    }

    private static Path xdg(Map<String, String> env, String variable, String fallbackUnderHome) {
        String value = get(env, variable);
        if (value != null) {
            Path p = Path.of(value);
            if (p.isAbsolute()) {
                return p;
            }
        }
        return home(env).resolve(fallbackUnderHome);
    }

    private static Path expandHome(String value, Map<String, String> env) {
        if (value.equals("~")) {
            return home(env);
        }
        if (value.startsWith("~/")) {
            return home(env).resolve(value.substring(2));
        }
        return Path.of(value);
    }

    private static String get(Map<String, String> env, String name) {
        String v = env == null ? null : env.get(name);
        return isBlank(v) ? null : v;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
