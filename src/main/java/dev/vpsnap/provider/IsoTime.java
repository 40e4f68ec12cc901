package dev.vpsnap.provider;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * An API's ISO-8601 timestamp, read leniently: with {@code Z} or an offset as given; without one (a Python backend
 * may send naive times) as UTC; a space instead of the {@code T} is accepted. Absent or unreadable is null (unknown),
 * never an error that fails a listing. (Hivelocity's task times take more shapes: its own {@code WireTime}.)
 */
public final class IsoTime {
    private IsoTime() {
    }

    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
