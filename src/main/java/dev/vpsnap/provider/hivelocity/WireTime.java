package dev.vpsnap.provider.hivelocity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * Hivelocity's timestamps, read leniently. Model {@code createdAt} fields are {@code format: date-time} (Flask-RESTX
 * writes ISO-8601, sometimes without an offset: taken as UTC). The task's {@code taskCreated}/{@code taskUpdated} are
 * typed only as "object (timestamp)", so epoch seconds or millis, RFC 1123 and {@code yyyy-MM-dd HH:mm:ss} text are
 * accepted too, bare or wrapped in an object ({@code date}, {@code timestamp}, {@code $date} fields). Anything unreadable is null (unknown), never an error.
 */
final class WireTime {
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS][.SSS]");
    private static final long MILLIS_THRESHOLD = 100_000_000_000L; // larger numbers are epoch millis
    private static final List<String> OBJECT_FIELDS = List.of("$date", "date", "timestamp", "time");

    private static final List<Function<String, Instant>> PARSERS = List.of(
            s -> OffsetDateTime.parse(s).toInstant(),
            s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC),
            s -> LocalDateTime.parse(s, SPACED).toInstant(ZoneOffset.UTC),
            s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());

    private WireTime() {
    }

    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim();
        if (s.chars().allMatch(Character::isDigit) && s.length() <= 15) {
            return epoch(Long.parseLong(s));
        }
        for (Function<String, Instant> p : PARSERS) {
            try {
                return p.apply(s);
            } catch (DateTimeParseException ignored) {
                // try the next shape
            }
        }
        return null;
    }

    static Instant parse(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return epoch(node.asLong());
        }
        if (node.isTextual()) {
            return parse(node.asText());
        }
        if (node.isObject()) { // e.g. {"date": "...", "timestamp": 1768478401} or Mongo-style {"$date": ...}
            for (String field : OBJECT_FIELDS) {
                Instant i = parse(node.get(field));
                if (i != null) {
                    return i;
                }
            }
        }
        return null;
    }

    private static Instant epoch(long n) {
        return n > MILLIS_THRESHOLD ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
    }
}
