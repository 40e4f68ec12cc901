package dev.vpsnap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigPathsTest {
    private static final Map<String, String> ENV = Map.of(
            "HOME", "/home/u", "XDG_CONFIG_HOME", "/xdg/config", "XDG_STATE_HOME", "/xdg/state", "VPSNAP_CONFIG", "/env/c.toml");

    @Test
    void flagBeatsEverything() {
        assertEquals(Path.of("/flag/c.toml"), ConfigPaths.configFile("/flag/c.toml", ENV));
    }

    @Test
    void envBeatsXdg() {
        assertEquals(Path.of("/env/c.toml"), ConfigPaths.configFile(null, ENV));
    }

    @Test
    void xdgBeatsHome() {
        assertEquals(Path.of("/xdg/config/vpsnap/config.toml"),
                ConfigPaths.configFile(null, Map.of("HOME", "/home/u", "XDG_CONFIG_HOME", "/xdg/config")));
    }

    @Test
    void homeFallback() {
        assertEquals(Path.of("/home/u/.config/vpsnap/config.toml"), ConfigPaths.configFile("", Map.of("HOME", "/home/u")));
    }

    @Test
    void userHomeWhenNoHomeVariable() {
        assertEquals(Path.of(System.getProperty("user.home"), ".config/vpsnap/config.toml"), ConfigPaths.configFile(null, Map.of()));
    }

    @Test
    void blankAndRelativeVariablesAreIgnored() {
        Map<String, String> env = Map.of("HOME", "/home/u", "VPSNAP_CONFIG", " ", "XDG_CONFIG_HOME", "relative/dir");
        assertEquals(Path.of("/home/u/.config/vpsnap/config.toml"), ConfigPaths.configFile(null, env));
    }

    @Test
    void tildeIsExpanded() {
        assertEquals(Path.of("/home/u/my.toml"), ConfigPaths.configFile("~/my.toml", Map.of("HOME", "/home/u")));
        assertEquals(Path.of("/home/u/x.toml"), ConfigPaths.configFile(null, Map.of("HOME", "/home/u", "VPSNAP_CONFIG", "~/x.toml")));
    }

    @Test
    void stateDir() {
        assertEquals(Path.of("/xdg/state/vpsnap"), ConfigPaths.stateDir(ENV));
        assertEquals(Path.of("/home/u/.local/state/vpsnap"), ConfigPaths.stateDir(Map.of("HOME", "/home/u")));
    }
}
