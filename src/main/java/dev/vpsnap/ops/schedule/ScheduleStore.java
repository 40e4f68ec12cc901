package dev.vpsnap.ops.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpsnap.config.PrivateFiles;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.common.Json;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The local schedules: one JSON file ({@code {"schedules":[…]}}) beside the config file, written 0600 atomically.
 * Changes are read-modify-write under an exclusive lock on {@code lockFile}, so a run recording its result never
 * loses a schedule another process created meanwhile. Reads need no lock: the file is only ever replaced whole.
 */
public final class ScheduleStore {
    public static final String FILE_NAME = "schedules.json";

    private final Path file;
    private final Path lockFile;

    public ScheduleStore(Path file, Path lockFile) {
        this.file = file;
        this.lockFile = lockFile;
    }

    public Path file() {
        return file;
    }

    /** Every local schedule, of every profile, in creation order. A missing file is an empty store. */
    public List<LocalSchedule> all() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new VpsnapException(ExitCode.USAGE, "cannot read " + file + ": " + e.getMessage());
        }
        try {
            Document d = Json.MAPPER.readValue(text, Document.class);
            return d.schedules() == null ? List.of() : List.copyOf(d.schedules());
        } catch (JsonProcessingException e) {
            throw new VpsnapException(ExitCode.USAGE, file + " is not a valid schedule store: "
                    + e.getOriginalMessage(), null, null, "fix or remove the file", null);
        }
    }

    public Optional<LocalSchedule> find(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Applies {@code change} to the stored list under the store lock and writes the result; returns it. */
    public List<LocalSchedule> update(UnaryOperator<List<LocalSchedule>> change) {
        try {
            PrivateFiles.createDirectories(lockFile.getParent());
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                List<LocalSchedule> next = change.apply(new ArrayList<>(all()));
                ObjectNode doc = Json.MAPPER.createObjectNode();
                doc.set("schedules", Json.MAPPER.valueToTree(next));
                PrivateFiles.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n");
                return next;
            }
        } catch (IOException e) {
            throw new VpsnapException(ExitCode.USAGE, "cannot lock " + lockFile + ": " + e.getMessage());
        }
    }

    /** Records the outcome of a run of {@code id} (a schedule deleted meanwhile stays deleted). */
    public void recordRun(String id, java.time.Instant at, String result) {
        update(list -> {
            list.replaceAll(s -> s.id().equals(id) ? s.withRun(at, result) : s);
            return list;
        });
    }

    private record Document(List<LocalSchedule> schedules) {
    }
}
