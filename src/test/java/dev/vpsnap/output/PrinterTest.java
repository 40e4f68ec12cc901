package dev.vpsnap.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import dev.vpsnap.testing.JsonAssert;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every -o format of the one Printer, with golden text for tables and CSV. */
class PrinterTest {
    static final Snapshot A = new Snapshot("vpsorg", "web", "801", "pre-migration", "12345", "web-01", null,
            SnapshotStatus.AVAILABLE, "completed", 5368709120L, Instant.parse("2025-01-15T18:30:00Z"), null,
            "Before, \"major\" migration", List.of());
    static final Snapshot B = new Snapshot("vpsorg", "web", "802", "nightly", "12345", null, null,
            SnapshotStatus.PENDING, "in_progress", null, Instant.parse("2025-01-16T01:00:00Z"), null, null, List.of("k=v"));

    /** Ages count against this: A is 42.5 hours old, B 36 hours. */
    static final Clock NOW = Clock.fixed(Instant.parse("2025-01-17T13:00:00Z"), ZoneOffset.UTC);

    private static String print(OutputFormat f, boolean noHeaders, boolean quiet, List<Snapshot> items) {
        return print(f, noHeaders, quiet, new Shape(List.of(), null, NOW, false), items);
    }

    private static String print(OutputFormat f, boolean noHeaders, boolean quiet, Shape shape, List<Snapshot> items) {
        StringWriter sw = new StringWriter();
        new Printer(new PrintWriter(sw), f, noHeaders, quiet, shape).list(items, Columns.SNAPSHOT);
        return sw.toString();
    }

    @Test
    void tableIsAlignedWithDashesForUnknown() {
        assertEquals("""
                ID   NAME           SERVER  STATUS     SIZE     AGE
                801  pre-migration  12345   available  5.0 GiB  42h
                802  nightly        12345   pending    -        36h
                """, print(OutputFormat.TABLE, false, false, List.of(A, B)));
    }

    @Test
    void noHeadersDropsTheHeaderRow() {
        String out = print(OutputFormat.TABLE, true, false, List.of(A));
        assertEquals("801  pre-migration  12345  available  5.0 GiB  42h\n", out);
    }

    @Test
    void wideAddsColumns() {
        String header = print(OutputFormat.WIDE, false, false, List.of(A)).lines().findFirst().orElseThrow();
        assertTrue(header.contains("PROVIDER STATUS") && header.contains("DESCRIPTION"), header);
        assertTrue(header.contains("AGE  CREATED"), "wide keeps the ISO time beside the age: " + header);
    }

    @Test
    void csvQuotesAndKeepsEveryColumn() {
        String out = print(OutputFormat.CSV, false, false, List.of(A));
        List<String> lines = out.lines().toList();
        assertEquals("ID,NAME,SERVER,STATUS,SIZE,CREATED,PROVIDER,PROFILE,SERVER NAME,VOLUME,PROVIDER STATUS,EXPIRES,DESCRIPTION",
                lines.get(0));
        assertEquals("801,pre-migration,12345,available,5.0 GiB,2025-01-15T18:30:00Z,vpsorg,web,web-01,,completed,,"
                + "\"Before, \"\"major\"\" migration\"", lines.get(1));
    }

    @Test
    void idsAndQuietPrintOneIdALine() {
        assertEquals("801\n802\n", print(OutputFormat.IDS, false, false, List.of(A, B)));
        assertEquals("801\n802\n", print(OutputFormat.JSON, false, true, List.of(A, B)));
    }

    @Test
    void jsonKeepsNullsAndCamelCase() {
        JsonNode n = JsonAssert.tree(print(OutputFormat.JSON, false, false, List.of(B))).get(0);
        assertTrue(n.get("sizeBytes").isNull());
        assertEquals("pending", n.get("status").asText());
        assertEquals("in_progress", n.get("providerStatus").asText());
        assertEquals("k=v", n.get("labels").get(0).asText());
        assertEquals(14, n.size(), "every field of the contract, none omitted");
    }

    @Test
    void emptyListIsAnEmptyArrayInJsonAndYaml() throws Exception {
        assertEquals("[ ]", print(OutputFormat.JSON, false, false, List.of()).strip());
        assertTrue(new YAMLMapper().readTree(print(OutputFormat.YAML, false, false, List.of())).isEmpty());
    }

    @Test
    void yamlParsesToTheSameTreeAsJson() throws Exception {
        JsonNode yaml = new YAMLMapper().readTree(print(OutputFormat.YAML, false, false, List.of(A, B)));
        JsonNode json = JsonAssert.tree(print(OutputFormat.JSON, false, false, List.of(A, B)));
        assertEquals(json.get(0).get("id").asText(), yaml.get(0).get("id").asText());
        assertEquals(json.get(1).get("createdAt").asText(), yaml.get(1).get("createdAt").asText());
        assertEquals(json.size(), yaml.size());
    }

    @Test
    void yamlQuotesStringsThatWouldReadAsOtherTypes() throws Exception {
        Snapshot tricky = new Snapshot("vpsorg", "true", "0123", "null", "12345", "yes", null, SnapshotStatus.AVAILABLE,
                "2025-01-15", 1L, Instant.parse("2025-01-15T18:30:00Z"), null, "1.5e3", List.of("no", "~"));
        JsonNode yaml = new YAMLMapper().readTree(print(OutputFormat.YAML, false, false, List.of(tricky))).get(0);
        for (String field : List.of("profile", "id", "name", "serverId", "serverName", "providerStatus", "createdAt", "description")) {
            assertTrue(yaml.get(field).isTextual(), field + " stays a string: " + yaml);
        }
        assertEquals("0123", yaml.get("id").asText());
        assertTrue(yaml.get("labels").get(0).isTextual() && yaml.get("labels").get(1).isTextual(), yaml::toString);
        assertTrue(yaml.get("sizeBytes").isNumber());
        assertTrue(yaml.get("volumeId").isNull());
    }

    @Test
    void colourPaintsStatusCellsOfTablesOnlyAndKeepsAlignment() {
        Shape colour = new Shape(List.of(), null, NOW, true);
        assertEquals("""
                ID   NAME           SERVER  STATUS     SIZE     AGE
                801  pre-migration  12345   \u001b[32mavailable\u001b[0m  5.0 GiB  42h
                802  nightly        12345   \u001b[33mpending\u001b[0m    -        36h
                """, print(OutputFormat.TABLE, false, false, colour, List.of(A, B)));
        for (OutputFormat f : List.of(OutputFormat.JSON, OutputFormat.YAML, OutputFormat.CSV, OutputFormat.IDS)) {
            assertTrue(!print(f, false, false, colour, List.of(A, B)).contains("\u001b"), f + " is never coloured");
        }
    }

    @Test
    void agesReadLikeKubectl() {
        assertEquals("0s", Ages.format(java.time.Duration.ofSeconds(-5)));
        assertEquals("119s", Ages.format(java.time.Duration.ofSeconds(119)));
        assertEquals("2m", Ages.format(java.time.Duration.ofSeconds(120)));
        assertEquals("119m", Ages.format(java.time.Duration.ofMinutes(119)));
        assertEquals("47h", Ages.format(java.time.Duration.ofHours(47)));
        assertEquals("2d", Ages.format(java.time.Duration.ofHours(48)));
        assertEquals("729d", Ages.format(java.time.Duration.ofDays(729)));
        assertEquals("2y", Ages.format(java.time.Duration.ofDays(730)));
    }
}
