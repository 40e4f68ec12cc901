package dev.vpsnap.provider.hivelocity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.testing.JsonAssert;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireTimeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "NULL", delimiter = '|', value = {
            "\"2026-01-15T12:00:01Z\"          | 2026-01-15T12:00:01Z",
            "\"2026-01-15T14:00:01+02:00\"     | 2026-01-15T12:00:01Z",
            "\"2026-01-15T12:00:01\"           | 2026-01-15T12:00:01Z",
            "\"2026-01-15T12:00:01.250000\"    | 2026-01-15T12:00:01.250Z",
            "\"2026-01-15 12:00:01\"           | 2026-01-15T12:00:01Z",
            "\"Thu, 15 Jan 2026 12:00:01 GMT\" | 2026-01-15T12:00:01Z",
            "1768478401                        | 2026-01-15T12:00:01Z",
            "1768478401250                     | 2026-01-15T12:00:01.250Z",
            "\"1768478401\"                    | 2026-01-15T12:00:01Z",
            "{\"$date\": 1768478401250}        | 2026-01-15T12:00:01.250Z",
            "{\"date\": \"2026-01-15T12:00:01Z\", \"timestamp\": 1768478401} | 2026-01-15T12:00:01Z",
            "{\"timestamp\": 1768478401}       | 2026-01-15T12:00:01Z",
            "{\"seconds\": 1}                  | NULL",
            "\"yesterday\"                     | NULL",
            "\"\"                              | NULL",
            "null                              | NULL"})
    void readsTheShapesATimestampMayTake(String json, Instant expected) {
        JsonNode node = JsonAssert.tree(json);
        assertEquals(expected, WireTime.parse(node));
    }
}
