package dev.vpsnap.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one lenient ISO-8601 reader the core, vps.org and Hostinger adapters share. */
class IsoTimeTest {
    @ParameterizedTest
    @CsvSource({
            "2025-01-15T18:30:00Z, 2025-01-15T18:30:00Z",
            "2025-01-15T20:30:00+02:00, 2025-01-15T18:30:00Z",
            "2025-01-15T18:30:00.123456Z, 2025-01-15T18:30:00.123456Z",
            "2025-01-15T18:30:00, 2025-01-15T18:30:00Z",
            "2025-01-15 18:30:00, 2025-01-15T18:30:00Z",
            "'  2025-01-15T18:30:00Z ', 2025-01-15T18:30:00Z"})
    void readsOffsetsAsGivenAndNaiveTimesAsUtc(String text, String expected) {
        assertEquals(Instant.parse(expected), IsoTime.parse(text));
    }

    @Test
    void absentOrUnreadableIsNull() {
        assertNull(IsoTime.parse("yesterday"));
        assertNull(IsoTime.parse(null));
        assertNull(IsoTime.parse(" "));
    }
}
