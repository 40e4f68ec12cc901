package dev.vpsnap.provider.vpsorg;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.util.regex.Pattern;

/**
 * What vps.org documents about its inputs, checked before anything is sent (exit 2, or exit 5 for the limit).
 * <ul>
 * <li>Snapshot names: "alphanumeric, hyphens, underscores" → {@code [A-Za-z0-9_-]+}. The docs give no maximum;
 *     {@value #NAME_MAX} characters is <b>our</b> choice (DRF's usual CharField sizes), so a typo'd
 *     template cannot send a kilobyte-long name.</li>
 * <li>{@code server_id} and snapshot ids are integers in the API; vpsnap's ids are strings, so they are parsed here.</li>
 * <li>"You can have a maximum of 5 snapshots per server": creating a sixth is a 400. vpsnap checks the server's list
 *     first and refuses locally with the same exit code (5) and a hint to prune.</li>
 * </ul>
 */
final class VpsOrgRules {
    static final int SNAPSHOTS_PER_SERVER = 5;
    static final int NAME_MAX = 100;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private VpsOrgRules() {
    }

    static void requireValidName(String name) {
        if (name == null || name.isEmpty()) {
            throw VpsnapException.usage("a snapshot name is required on vps.org");
        }
        if (name.length() > NAME_MAX) {
            throw VpsnapException.usage("snapshot name is " + name.length() + " characters long; vpsnap allows at most "
                    + NAME_MAX + " on vps.org");
        }
        if (!NAME.matcher(name).matches()) {
            throw VpsnapException.usage("invalid snapshot name '" + name
                    + "': vps.org allows only letters, digits, hyphens and underscores");
        }
    }

    /** A required numeric id ({@code what} is e.g. "server id"). */
    static long id(String value, String what) {
        if (value == null || value.isBlank()) {
            throw VpsnapException.usage("a " + what + " is required on vps.org");
        }
        String v = value.strip();
        if (!ID.matcher(v).matches()) {
            throw VpsnapException.usage("invalid " + what + " '" + value + "': vps.org ids are numbers");
        }
        return Long.parseLong(v);
    }

    /**
     * An optional numeric id: null stays null. An empty or blank one is refused, never read as "no filter": an empty
     * {@code server_id} would list every server's snapshots.
     */
    static Long optionalId(String value, String what) {
        return value == null ? null : id(value, what);
    }

    static void requireRoomFor(long serverId, int existing) {
        if (existing >= SNAPSHOTS_PER_SERVER) {
            throw new VpsnapException(ExitCode.REJECTED, "server " + serverId + " already has " + existing
                    + " snapshots, the vps.org limit is " + SNAPSHOTS_PER_SERVER + " per server; nothing was created",
                    VpsOrgFactory.DESCRIPTOR.id(), null, pruneHint(serverId), null);
        }
    }

    static String pruneHint(Object serverId) {
        return "delete one with 'vpsnap snapshot delete ID' or thin them out with 'vpsnap snapshot prune --server "
                + serverId + " --name-prefix PREFIX --keep-last " + (SNAPSHOTS_PER_SERVER - 1) + "'";
    }
}
