package dev.vpsnap.provider;

/** One command a provider may support; {@code vpsnap providers} prints the matrix from these. */
public enum Capability {
    SERVER_LIST("server", "list"),
    SNAPSHOT_LIST("snapshot", "list"),
    SNAPSHOT_GET("snapshot", "get"),
    SNAPSHOT_CREATE("snapshot", "create"),
    SNAPSHOT_RESTORE("snapshot", "restore"),
    SNAPSHOT_DELETE("snapshot", "delete"),
    VOLUME_LIST("volume", "list"),
    VOLUME_GET("volume", "get"),
    VOLUME_SIZES("volume", "sizes"),
    VOLUME_CREATE("volume", "create"),
    VOLUME_RESIZE("volume", "resize"),
    VOLUME_DELETE("volume", "delete"),
    VOLUME_ATTACH("volume", "attach"),
    VOLUME_DETACH("volume", "detach"),
    ISO_LIST("iso", "list"),
    ISO_GET("iso", "get"),
    ISO_CREATE("iso", "create"),
    ISO_DELETE("iso", "delete"),
    ISO_ATTACH("iso", "attach"),
    ISO_DETACH("iso", "detach"),
    SCHEDULE_NATIVE("schedule", "native");

    private final String group;
    private final String verb;

    Capability(String group, String verb) {
        this.group = group;
        this.verb = verb;
    }

    public String group() {
        return group;
    }

    public String verb() {
        return verb;
    }

    public String command() {
        return group + " " + verb;
    }
}
