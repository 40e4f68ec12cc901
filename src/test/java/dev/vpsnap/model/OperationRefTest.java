package dev.vpsnap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.common.Json;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.OperationRef.Form;
import dev.vpsnap.model.OperationRef.Part;
import dev.vpsnap.model.OperationRef.Schema;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one codec, on a made-up schema: tokens, legacy spellings, free text, validation, messages, the model. */
class OperationRefTest {
    static final Schema SCHEMA = Schema.of("demo", "demo",
            Form.bare(Part.number("job")),
            Form.of(OperationKinds.SNAPSHOT_CREATE, "create", Part.number("job"), Part.text("name"))
                    .alsoAccepting("snapshot.create"),
            Form.of(OperationKinds.SNAPSHOT_DELETE, "delete", Part.number("job"), Part.number("snapshot")));

    @Test
    void partsAreNamedAndFreeTextIsUrlEncoded() {
        OperationRef ref = SCHEMA.ref(OperationKinds.SNAPSHOT_CREATE, "7", "a b:c/%");
        assertEquals("create:7:a+b%3Ac%2F%25", ref.encode());
        assertEquals(ref, SCHEMA.parse(ref.encode()));
        assertEquals("a b:c/%", SCHEMA.parse(ref.encode()).part("name"));
        assertEquals("7", ref.part("job"));
        assertNull(ref.partOrNull("snapshot"));
        assertEquals("demo", ref.provider());
    }

    @Test
    void legacySpellingsParseAndArePrintedTheCurrentWay() {
        OperationRef old = SCHEMA.parse("snapshot.create:7:x");
        assertEquals(OperationKinds.SNAPSHOT_CREATE, old.kind());
        assertEquals("create:7:x", old.encode());
        OperationRef bare = SCHEMA.parse(" 42 ");
        assertNull(bare.kind());
        assertEquals("42", bare.encode());
    }

    @Test
    void aBadIdIsOneUsageLineNamingTheForms() {
        for (String bad : new String[] {"create:7", "create:0:x", "create:7:", "delete:7:x", "create:7:%zz", "x",
                "delete:7", "7:8", "create:7:x:y", "create:7:x:\n"}) {
            VpsnapException e = assertThrows(VpsnapException.class, () -> SCHEMA.parse(bad), bad);
            assertEquals(ExitCode.USAGE, e.exitCode(), bad);
            assertTrue(e.getMessage().endsWith("is not a demo operation id (expected JOB, create:JOB:NAME, "
                    + "delete:JOB:SNAPSHOT)"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> SCHEMA.ref(OperationKinds.SNAPSHOT_DELETE, "7", "x"),
                "a bad part made by an adapter is a bug, not a usage error");
    }

    @Test
    void anOperationCarriesItsRefOutsideItsJsonAndItsEquality() {
        OperationRef ref = SCHEMA.ref(OperationKinds.SNAPSHOT_DELETE, "7", "9");
        Operation op = Operation.of(ref, OperationStatus.RUNNING, "9", Instant.EPOCH, null, null);
        assertEquals("delete:7:9", op.id());
        assertEquals(OperationKinds.SNAPSHOT_DELETE, op.kind());
        assertSame(ref, op.withStatus(OperationStatus.SUCCEEDED, Instant.EPOCH, "done").ref());
        assertSame(ref, SCHEMA.of(op), "a poll reads the carried ref, not the id again");
        assertEquals(new Operation("demo", "delete:7:9", OperationKinds.SNAPSHOT_DELETE, OperationStatus.RUNNING, "9",
                Instant.EPOCH, null, null), op);
        assertEquals(ref, SCHEMA.of(new Operation("demo", "delete:7:9", null, null, null, null, null, null)));
        assertFalse(Json.MAPPER.valueToTree(op).has("ref"), Json.MAPPER.valueToTree(op).toString());
        assertEquals("delete:7:9", Json.MAPPER.valueToTree(op).get("id").asText());
    }
}
