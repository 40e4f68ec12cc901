package dev.vpsnap.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The examples of every command, in one file ({@code help-examples.txt} beside this class): a command path on its own
 * line ({@code snapshot create}; {@code vpsnap} for the root), then its examples indented by two spaces. Read only
 * when help or a man page is rendered. {@code HelpTest} checks that every command has one to three and that each
 * parses.
 */
public final class HelpExamples {
    private static Map<String, List<String>> all;

    private HelpExamples() {
    }

    /** The examples of a command path ({@code ""} or {@code "vpsnap"} for the root); empty when it has none. */
    public static List<String> of(String path) {
        return all().getOrDefault(path.isEmpty() ? "vpsnap" : path, List.of());
    }

    /** Every command path that has examples, in file order. */
    public static synchronized Map<String, List<String>> all() {
        if (all == null) {
            all = Collections.unmodifiableMap(load());
        }
        return all;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        try (InputStream in = HelpExamples.class.getResourceAsStream("help-examples.txt")) {
            if (in == null) {
                return m;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("  ")) {
                    if (current != null) {
                        current.add(line.strip());
                    }
                } else {
                    current = m.computeIfAbsent(line.strip(), k -> new ArrayList<>());
                }
            }
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
