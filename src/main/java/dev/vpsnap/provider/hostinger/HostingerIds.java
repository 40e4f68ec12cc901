package dev.vpsnap.provider.hostinger;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;

/**
 * Hostinger's ids are integers on the wire; vpsnap's are strings. Everything that addresses a snapshot needs the VM
 * id, because a snapshot lives at {@code /virtual-machines/{id}/snapshot} and has no endpoint of its own.
 */
final class HostingerIds {
    static final String SERVER_HINT = "Hostinger snapshots belong to a VM: pass --server VM_ID (see 'vpsnap server list')";

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

    /** A positive integer, or -1 when {@code s} is not one. */
    static long parsePositive(String s) {
        if (s == null || s.isEmpty() || s.length() > 18 || !s.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        long v = Long.parseLong(s);
        return v > 0 ? v : -1;
    }
}
