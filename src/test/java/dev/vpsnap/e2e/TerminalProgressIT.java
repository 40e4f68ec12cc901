package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.testing.Launched;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The progress line on a real terminal: the built launcher under {@code script} (a pty) with {@code stty cols N},
 * waiting for a sandbox snapshot (about 2 s). Every frame fits the width, the spinner ticks between polls, and the
 * line is cleared before the result is printed.
 */
class TerminalProgressIT {
    @TempDir
    Path state;

    private static final Pattern FRAME = Pattern.compile("\r\033\\[K([^\r\n]*)");

    private Launched underPty(int columns, String args) throws Exception {
        String cmd = "stty cols " + columns + "; " + Launched.launcher() + " " + args;
        return Launched.run(List.of("script", "-q", "-e", "-c", cmd, "/dev/null"), state, Map.of("TERM", "xterm"));
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80})
    void spinnerTicksBetweenPollsAndFitsTheTerminal(int columns) throws Exception {
        Launched r = underPty(columns, "--sandbox --provider vpsorg snapshot create --server 934 --name tty-" + columns);
        assertEquals(0, r.exit(), r::toString);
        List<String> frames = new ArrayList<>();
        Matcher m = FRAME.matcher(r.out());
        while (m.find()) {
            frames.add(m.group(1));
        }
        // a spinner frame starts with its spinner; the text after the last clear-line is the result itself
        List<String> drawn = frames.stream().filter(f -> f.matches("[|/\\\\-] .*")).toList();
        for (String f : drawn) {
            assertTrue(f.length() <= columns - 1, "fits " + columns + " columns (" + f.length() + "): " + f);
            assertTrue(f.matches("[|/\\\\-] snapshot\\.create \\S+: (pending|running|succeeded) \\(0:0\\d\\)"), f);
        }
        // a 2 s wait polls about twice; ten ticks a second draw many more frames than that
        assertTrue(drawn.size() >= 8, "ticks between polls: " + drawn);
        Set<Character> spinner = new TreeSet<>();
        drawn.forEach(f -> spinner.add(f.charAt(0)));
        assertEquals(4, spinner.size(), "every spinner frame shown: " + drawn);
        String last = frames.get(frames.size() - 1);
        assertTrue(!last.matches("[|/\\\\-] .*"), "the line is cleared before the result: " + last);
        assertTrue(r.out().contains("tty-" + columns), "the snapshot is printed: " + r);
    }

    @Test
    void aNarrowTerminalCutsTheLineInsteadOfWrapping() throws Exception {
        Launched r = underPty(30, "--sandbox --provider vpsorg snapshot create --server 934 --name tty-narrow");
        assertEquals(0, r.exit(), r::toString);
        Matcher m = FRAME.matcher(r.out());
        int drawn = 0;
        while (m.find()) {
            String f = m.group(1);
            if (f.matches("[|/\\\\-] .*")) {
                drawn++;
                assertTrue(f.length() <= 29 && f.contains("…") && f.matches(".*\\(0:0\\d\\)"), f);
            }
        }
        assertTrue(drawn > 0, r::toString);
    }
}
