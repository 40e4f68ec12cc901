package dev.vpsnap.provider.hostinger;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.model.OperationRef;
import dev.vpsnap.model.OperationRef.Form;
import dev.vpsnap.model.OperationRef.Part;

/**
 * Hostinger's ids are integers on the wire; vpsnap's are strings. Everything that addresses a snapshot needs the VM
 * id, because a snapshot lives at {@code /virtual-machines/{id}/snapshot} and has no endpoint of its own.
 */
final class HostingerIds {
    static final String SERVER_HINT = "Hostinger snapshots belong to a VM: pass --server VM_ID (see 'vpsnap server list')";

    /**
     * Hostinger's operation ids: an action is only addressable under its VM
     * ({@code GET .../virtual-machines/{vmId}/actions/{actionId}}), so both ids are needed, and action names are free
     * text, so the id says what the action was for: {@code create:VM_ID:ACTION_ID}, {@code restore:VM_ID:ACTION_ID},
     * {@code delete:VM_ID:ACTION_ID}. The kind-less {@code VM_ID:ACTION_ID} that earlier versions printed still
     * resumes: its kind is then judged by the action's effect (see {@code HostingerOperations}).
     */
    static final OperationRef.Schema OPERATIONS = OperationRef.Schema.of(HostingerClient.PROVIDER, "Hostinger",
            Form.of(OperationKinds.SNAPSHOT_CREATE, "create", Part.number("vm_id"), Part.number("action_id")),
            Form.of(OperationKinds.SNAPSHOT_RESTORE, "restore", Part.number("vm_id"), Part.number("action_id")),
            Form.of(OperationKinds.SNAPSHOT_DELETE, "delete", Part.number("vm_id"), Part.number("action_id")),
            Form.bare(Part.number("vm_id"), Part.number("action_id")));

    private HostingerIds() {
    }

    /** The VM id for {@code verb}; exit 2 naming {@code --server} when missing or not a positive integer. */
    static long vmId(String serverId, String verb) {
        if (serverId == null || serverId.isBlank()) {
            throw new VpsnapException(ExitCode.USAGE, "snapshot " + verb + " on hostinger needs --server (the VM id)",
                    HostingerClient.PROVIDER, null, SERVER_HINT, null);
        }
        long id = parsePositive(serverId.strip());
        if (id <= 0) {
            throw VpsnapException.usage("--server '" + serverId + "' is not a Hostinger VM id (a positive integer)");
        }
        return id;
    }

    /** The VM an operation's action runs on. */
    static long vmOf(OperationRef ref) {
        return Long.parseLong(ref.part("vm_id"));
    }

    /** The action an operation polls. */
    static long actionOf(OperationRef ref) {
        return Long.parseLong(ref.part("action_id"));
    }

    /** A positive integer, or -1 when {@code s} is not one. */
    static long parsePositive(String s) {
        if (s == null || s.isEmpty() || s.length() > 18 || !s.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        long v = Long.parseLong(s);
        return v > 0 ? v : -1;
    }
}
