package dev.vpsnap.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metrics in the Prometheus text exposition format (0.0.4), for node_exporter's textfile collector: a {@code # HELP}
 * and {@code # TYPE} line per family, then its samples; label values escaped ({@code \\}, {@code \"}, {@code \n}).
 * {@link #write} replaces the file atomically (a temporary file in the same directory, whose name does not end in
 * {@code .prom} so the collector never reads it half-written, then a rename).
 */
public final class PrometheusTextfile {
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{.*})? (\\S+)");

    private record Family(String help, String type, Map<String, String> samples) {
    }

    private final Map<String, Family> families = new LinkedHashMap<>();

    /** Declares a gauge family (samples print in the order families are declared). */
    public PrometheusTextfile gauge(String name, String help) {
        families.putIfAbsent(name, new Family(help, "gauge", new LinkedHashMap<>()));
        return this;
    }

    /** One sample of a declared family; a second sample with the same labels replaces the first. */
    public PrometheusTextfile sample(String name, Map<String, String> labels, double value) {
        Family f = families.get(name);
        if (f == null) {
            throw new IllegalArgumentException("undeclared metric " + name);
        }
        f.samples().put(labels(labels), number(value));
        return this;
    }

    /**
     * Keeps the samples of {@code name} that {@code previous} (an earlier file, written by this class) has and this one
     * lacks: a metric such as the time of the last success must survive a failed run.
     */
    public PrometheusTextfile carryOver(String name, String previous) {
        Family f = families.get(name);
        if (f == null || previous == null) {
            return this;
        }
        for (String line : previous.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (!line.startsWith("#") && m.matches() && m.group(1).equals(name)) {
                f.samples().putIfAbsent(m.group(2) == null ? "" : m.group(2), m.group(3));
            }
        }
        return this;
    }

    public String render() {
        StringBuilder b = new StringBuilder();
        families.forEach((name, f) -> {
            b.append("# HELP ").append(name).append(' ').append(f.help().replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
            b.append("# TYPE ").append(name).append(' ').append(f.type()).append('\n');
            f.samples().forEach((labels, value) -> b.append(name).append(labels).append(' ').append(value).append('\n'));
        });
        return b.toString();
    }

    /** Writes {@link #render()} to {@code file}: temp file beside it, then an atomic rename over it. */
    public void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            Files.writeString(tmp, render(), StandardCharsets.UTF_8);
            try {
                tmp.toFile().setReadable(true, false); // the collector may run as another user
            } catch (SecurityException ignored) {
                // keep the temp file's mode
            }
            // same directory: a rename, atomic on every POSIX file system; where it is not, fail rather than half-write
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String labels(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        labels.forEach((k, v) -> parts.add(k + "=\"" + escape(v == null ? "" : v) + "\""));
        return "{" + String.join(",", parts) + "}";
    }

    /** A label value as the text format wants it: backslash, double quote and line feed escaped. */
    public static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
