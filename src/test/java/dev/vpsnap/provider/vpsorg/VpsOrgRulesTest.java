package dev.vpsnap.provider.vpsorg;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.model.OperationRef;
import dev.vpsnap.model.OperationStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Input rules and the operation-id format, without HTTP. */
class VpsOrgRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"pre-migration-snapshot", "nightly_2025-01-16", "A", "0"})
    void acceptsDocumentedNames(String name) {
        assertDoesNotThrow(() -> VpsOrgRules.requireValidName(name));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"has space", "dots.not.allowed", "slash/no", "ünïcode", "colon:no"})
    void refusesOtherNames(String name) {
        VpsnapException e = assertThrows(VpsnapException.class, () -> VpsOrgRules.requireValidName(name));
        assertEquals(ExitCode.USAGE, e.exitCode());
    }

    @Test
    void nameLengthLimitIsOurs() {
        assertDoesNotThrow(() -> VpsOrgRules.requireValidName("a".repeat(VpsOrgRules.NAME_MAX)));
        VpsnapException e = assertThrows(VpsnapException.class,
                () -> VpsOrgRules.requireValidName("a".repeat(VpsOrgRules.NAME_MAX + 1)));
        assertTrue(e.getMessage().contains("at most 100"), e.getMessage());
    }

    @Test
    void idsAreNumbers() {
        assertEquals(12345L, VpsOrgRules.id(" 12345 ", "server id"));
        assertEquals(null, VpsOrgRules.optionalId(null, "server id"));
        VpsnapException e = assertThrows(VpsnapException.class, () -> VpsOrgRules.id("web-1", "server id"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("invalid server id 'web-1': vps.org ids are numbers", e.getMessage());
        assertEquals(ExitCode.USAGE, assertThrows(VpsnapException.class, () -> VpsOrgRules.id("-1", "snapshot id")).exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(VpsnapException.class, () -> VpsOrgRules.id(null, "snapshot id")).exitCode());
    }

    @Test
    void limitIsFivePerServer() {
        assertDoesNotThrow(() -> VpsOrgRules.requireRoomFor(12345, 4));
        VpsnapException e = assertThrows(VpsnapException.class, () -> VpsOrgRules.requireRoomFor(12345, 5));
        assertEquals(ExitCode.REJECTED, e.exitCode());
        assertTrue(e.hint().contains("vpsnap snapshot prune --server 12345"), e.hint());
    }

    @Test
    void operationIdRoundTripsAndBuildsTheOperation() {
        OperationRef id = VpsOrgRefs.SCHEMA.parse("restore:12345:801");
        assertEquals(VpsOrgRefs.ref(OperationKinds.SNAPSHOT_RESTORE, 12345, 801), id);
        assertEquals("restore:12345:801", id.encode());
        assertEquals(12345, VpsOrgRefs.serverId(id));
        assertEquals(801, VpsOrgRefs.snapshotId(id));

        Instant t = Instant.parse("2026-01-15T12:00:00Z");
        assertEquals(new Operation("vpsorg", "restore:12345:801", "snapshot.restore", OperationStatus.RUNNING, "801", t,
                null, "m"), VpsOrgRefs.operation(id, OperationStatus.RUNNING, t, null, "m"));
        assertEquals("snapshot.create", VpsOrgRefs.operation(VpsOrgRefs.SCHEMA.parse("create:1:2"), null, null, null, null).kind());
        assertEquals("snapshot.delete", VpsOrgRefs.operation(VpsOrgRefs.SCHEMA.parse("delete:1:2"), null, null, null, null).kind());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"create:12345", "resize:1:2", "create:a:2", "1234:5678", "create:1:2:3"})
    void refusesForeignOperationIds(String id) {
        VpsnapException e = assertThrows(VpsnapException.class, () -> VpsOrgRefs.SCHEMA.parse(id));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("'" + (id == null ? "" : id) + "' is not a vps.org operation id (expected "
                + "create|restore|delete:SERVER_ID:SNAPSHOT_ID, e.g. create:12345:802)", e.getMessage());
    }
}
