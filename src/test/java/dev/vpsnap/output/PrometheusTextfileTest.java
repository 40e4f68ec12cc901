package dev.vpsnap.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The textfile writer: HELP/TYPE lines, escaped label values, number forms, carry-over, the atomic replace. */
class PrometheusTextfileTest {
    @TempDir
    Path dir;

    @Test
    void helpTypeAndEscapedLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("server", "a\\b\"c\nd");
        String text = new PrometheusTextfile().gauge("vpsnap_x_seconds", "Help with \\ and\nbreak.")
                .sample("vpsnap_x_seconds", labels, 12).sample("vpsnap_x_seconds", Map.of(), 0.5)
                .sample("vpsnap_x_seconds", Map.of("server", "nan"), Double.NaN).render();
        assertEquals("# HELP vpsnap_x_seconds Help with \\\\ and\\nbreak.\n# TYPE vpsnap_x_seconds gauge\n"
                + "vpsnap_x_seconds{server=\"a\\\\b\\\"c\\nd\"} 12\nvpsnap_x_seconds 0.5\nvpsnap_x_seconds{server=\"nan\"} NaN\n", text);
    }

    @Test
    void aSeriesMissingFromThisRunIsCarriedOverFromThePreviousFile() {
        String previous = new PrometheusTextfile().gauge("m", "h").sample("m", Map.of("server", "1"), 100)
                .sample("m", Map.of("server", "2"), 200).render();
        String now = new PrometheusTextfile().gauge("m", "h").sample("m", Map.of("server", "1"), 150)
                .carryOver("m", previous).render();
        assertTrue(now.contains("m{server=\"1\"} 150\n") && now.contains("m{server=\"2\"} 200\n"), now);
    }

    @Test
    void writeReplacesTheFileByRenameAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("vpsnap.prom");
        Files.writeString(file, "old\n");
        Path link = dir.resolve("hardlink-of-old");
        Files.createLink(link, file);
        new PrometheusTextfile().gauge("m", "h").sample("m", Map.of(), 1).write(file);
        assertEquals("old\n", Files.readString(link), "a rename, not a rewrite in place: the old inode is untouched");
        assertTrue(Files.readString(file).endsWith("m 1\n"));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temp file left");
        }
    }
}
