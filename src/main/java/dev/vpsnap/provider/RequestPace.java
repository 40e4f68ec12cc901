package dev.vpsnap.provider;

/**
 * A provider's default request pace: at most {@code perMinute} requests a minute, {@code burst} at once, with the
 * reason beside it (the documented limit, or why a conservative guess was chosen). {@code --max-rate} overrides it.
 */
public record RequestPace(double perMinute, int burst, String reason) {
    public double perSecond() {
        return perMinute / 60.0;
    }
}
