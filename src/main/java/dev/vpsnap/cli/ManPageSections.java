package dev.vpsnap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build step (run by the pom after picocli-codegen wrote the AsciiDoc man pages): adds to each page its EXAMPLES
 * ({@link HelpExamples}, the ones {@code --help} shows) and the sections every page shares: EXIT STATUS, ENVIRONMENT
 * and FILES ({@code man-sections.adoc}). Usage: {@code ManPageSections DIR}.
 */
public final class ManPageSections {
    static final String END = "// end::picocli-generated-full-manpage[]";

    private ManPageSections() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String shared = resource("man-sections.adoc");
        List<String> paths = new ArrayList<>(CommandSuggestions.paths());
        paths.add("");
        for (String path : paths) {
            Path page = dir.resolve(path.isEmpty() ? "vpsnap.adoc" : "vpsnap-" + path.replace(' ', '-') + ".adoc");
            if (Files.exists(page)) {
                String text = Files.readString(page);
                Files.writeString(page, text.replace(END, sections(path, shared) + END));
            }
        }
    }

    /** The sections added to the page of {@code path} ({@code ""} = the root). */
    static String sections(String path, String shared) {
        StringBuilder b = new StringBuilder();
        List<String> examples = HelpExamples.of(path);
        if (!examples.isEmpty()) {
            b.append("== Examples\n\n----\n");
            examples.forEach(e -> b.append(e).append('\n'));
            b.append("----\n\n");
        }
        if (!path.isEmpty()) {
            b.append("== Global options\n\nThe options of *vpsnap*(1) are accepted by every command, anywhere on the line.\n\n");
        }
        return b.append(shared).append('\n').toString();
    }

    private static String resource(String name) {
        try (InputStream in = ManPageSections.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
