package dev.vpsnap.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.testing.FakeClock;
import dev.vpsnap.testing.JsonAssert;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one stderr writer on its own: formats, timestamps, escaping, folding, redaction, spinners and prompts. */
class StderrLogTest {
    private final FakeClock clock = new FakeClock();
    private final StringWriter target = new StringWriter();

    private StderrLog log(boolean terminal, StderrLog.Format format) {
        StderrLog log = new StderrLog(target, clock, terminal);
        log.configure(format, s -> s.replace("s3cret-key", "****"));
        return log;
    }

    private List<JsonNode> jsonLines() {
        return target.toString().lines().map(JsonAssert::tree).toList();
    }

    @Test
    void textWithoutATerminalStartsEachLineWithAnRfc3339UtcTimestamp() {
        StderrLog log = log(false, StderrLog.Format.TEXT);
        log.println("vpsnap: one");
        log.print("vpsnap: two");
        log.println();
        assertEquals("2026-01-15T12:00:00.000Z vpsnap: one\n2026-01-15T12:00:00.000Z vpsnap: two\n", target.toString());
    }

    @Test
    void onATerminalLinesAreAsWrittenAndASpinnerKeepsItsCarriageReturn() {
        StderrLog log = log(true, StderrLog.Format.TEXT);
        log.print("\r| snapshot.create 1: running (0:01)   ");
        log.flush();
        log.print("\r" + " ".repeat(3) + "\r");
        log.flush();
        log.println("vpsnap: done");
        assertEquals("\r| snapshot.create 1: running (0:01)   \r   \rvpsnap: done\n", target.toString());
    }

    @Test
    void controlCharactersAreEscapedAndABreakInsideOneLineIsFolded() {
        StderrLog log = log(false, StderrLog.Format.TEXT);
        log.println("vpsnap: snapshot get 12\nvpsnap: snapshot 12 deleted\u001b[31m\u0007\r\u009b\u202e");
        String out = target.toString();
        assertEquals(1, out.lines().count(), out);
        assertEquals("2026-01-15T12:00:00.000Z vpsnap: snapshot get 12\\nvpsnap: snapshot 12 deleted\\x1b[31m\\x07\\r\\u009b\\u202e\n", out);
        assertFalse(out.chars().anyMatch(c -> c < 0x20 && c != '\n'), out);
    }

    @Test
    void everyLineIsRedacted() {
        StderrLog log = log(false, StderrLog.Format.TEXT);
        log.println("vpsnap: GET http://127.0.0.1/x?key=s3cret-key -> 200 (3 ms)");
        log.emit(StderrLog.Level.WARN, "ping", "token s3cret-key", Map.of("url", "s3cret-key"));
        assertFalse(target.toString().contains("s3cret-key"), target.toString());
        assertTrue(target.toString().contains("vpsnap: warning: token ****"), target.toString());
    }

    @Test
    void jsonMakesEveryLineOneObjectWithTsLevelEventAndFields() {
        StderrLog log = log(false, StderrLog.Format.JSON);
        log.println("vpsnap: GET http://127.0.0.1:8080/vpsorg/api/v1/servers/?key=s3cret-key -> 200 (12 ms)");
        log.println("vpsnap: POST http://127.0.0.1:8080/x -> failed: SocketTimeoutException (30001 ms)");
        log.println("vpsnap: 3 ok, 1 failed");
        log.println("vpsnap: warning: something odd");
        log.println("vpsnap: snapshot.create 5: running (0:03)");
        log.println("--> GET http://127.0.0.1:8080/x");
        log.emit(StderrLog.Level.WARN, "ping", "ping /start failed", Map.of("attempt", 1));
        List<JsonNode> lines = jsonLines();
        assertEquals(7, lines.size(), target.toString());
        for (JsonNode l : lines) {
            assertEquals("2026-01-15T12:00:00.000Z", l.get("ts").asText());
            assertTrue(l.hasNonNull("level") && l.hasNonNull("event") && l.has("message"), l::toString);
        }
        JsonNode http = lines.get(0);
        assertEquals("http", http.get("event").asText());
        assertEquals("GET", http.get("method").asText());
        assertEquals(200, http.get("status").asInt());
        assertEquals(12, http.get("durationMs").asInt());
        assertFalse(http.toString().contains("s3cret-key"), http::toString);
        assertEquals("SocketTimeoutException", lines.get(1).get("failure").asText());
        assertTrue(lines.get(1).get("status").isNull());
        assertEquals("summary", lines.get(2).get("event").asText());
        assertEquals(1, lines.get(2).get("failed").asInt());
        assertEquals("warn", lines.get(3).get("level").asText());
        assertEquals("something odd", lines.get(3).get("message").asText());
        assertEquals("note", lines.get(4).get("event").asText());
        assertEquals("debug", lines.get(5).get("level").asText());
        assertEquals("ping", lines.get(6).get("event").asText());
        assertEquals(1, lines.get(6).get("attempt").asInt());
    }

    @Test
    void jsonDropsSpinnerFramesAndBlankLinesAndEmitsAPromptAtItsFlush() {
        StderrLog log = log(true, StderrLog.Format.JSON);
        log.print("\r| waiting   ");
        log.flush();
        log.print("\r   \r");
        log.flush();
        log.println();
        log.print("vpsnap: about to delete 3\nContinue? [y/N] ");
        log.flush();
        log.println("vpsnap: deleted");
        List<JsonNode> lines = jsonLines();
        assertEquals(3, lines.size(), target.toString());
        assertEquals("about to delete 3", lines.get(0).get("message").asText());
        assertEquals("prompt", lines.get(1).get("event").asText());
        assertEquals("deleted", lines.get(2).get("message").asText());
    }

    @Test
    void theErrorIsATextLineOrTheJsonDocumentOrAnErrorEvent() {
        com.fasterxml.jackson.databind.node.ObjectNode doc = dev.vpsnap.common.Json.MAPPER.createObjectNode();
        doc.putObject("error").put("exitCode", 4).put("message", "snapshot get 9: not found");
        log(false, StderrLog.Format.TEXT).error("vpsnap: snapshot get 9: not found", doc, false);
        log(false, StderrLog.Format.TEXT).error("vpsnap: snapshot get 9: not found", doc, true);
        StderrLog json = log(false, StderrLog.Format.JSON);
        json.error("vpsnap: snapshot get 9: not found", doc, true);
        List<String> lines = target.toString().lines().toList();
        assertEquals("2026-01-15T12:00:00.000Z vpsnap: snapshot get 9: not found", lines.get(0));
        assertEquals(4, JsonAssert.tree(lines.get(1)).get("error").get("exitCode").asInt(), "-o json: the document alone");
        JsonNode event = JsonAssert.tree(lines.get(2));
        assertEquals("error", event.get("level").asText());
        assertEquals(4, event.get("error").get("exitCode").asInt());
        assertEquals("snapshot get 9: not found", json.lastError());
    }
}
