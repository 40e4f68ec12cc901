package dev.vpsnap.cli;

import dev.vpsnap.error.VpsnapException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The servers a multi-target command runs on: {@code --server} (repeated) and {@code --servers-from FILE|-}. */
public final class Targets {
    private Targets() {
    }

    /**
     * One id a line; blank lines and {@code #} comments (whole-line or trailing) ignored; duplicates dropped (a server
     * is snapshotted once). No target at all is a usage error.
     */
    public static List<String> of(List<String> servers, String serversFrom, InputStream stdin) {
        LinkedHashSet<String> ids = new LinkedHashSet<>(servers);
        if (serversFrom != null) {
            String text;
            try {
                text = "-".equals(serversFrom) ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                        : Files.readString(Path.of(serversFrom));
            } catch (IOException e) {
                throw VpsnapException.usage("--servers-from: cannot read " + serversFrom + ": " + e.getMessage());
            }
            for (String line : text.split("\\R")) {
                int hash = line.indexOf('#');
                String id = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
        }
        if (ids.isEmpty()) {
            throw VpsnapException.usage("no server given: pass --server ID (repeatable) or --servers-from FILE|-");
        }
        return new ArrayList<>(ids);
    }
}
