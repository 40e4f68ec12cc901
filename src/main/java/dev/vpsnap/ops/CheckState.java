package dev.vpsnap.ops;

/** Monitoring-plugin states (Nagios/Icinga): the exit code is the state; worse states compare greater. */
public enum CheckState {
    OK(0), WARNING(1), CRITICAL(2), UNKNOWN(3);

    private final int code;

    CheckState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public CheckState worst(CheckState other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
