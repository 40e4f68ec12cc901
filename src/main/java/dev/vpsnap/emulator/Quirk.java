package dev.vpsnap.emulator;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A documented provider behaviour the default emulator does not show, switched on by name ({@code emulator serve
 * --quirk NAME}, {@link EmulatorConfig#withQuirks}). Each one is a state or a variant a provider's own documents
 * describe (see {@code docs/providers.md}, whose table names the quirk beside the behaviour); vpsnap must handle
 * them all, and the end-to-end suites run under each that applies.
 */
public enum Quirk {
    VPSORG_STOP_BEFORE_RESTORE("vpsorg", "a restored server is first 'stopped' (seed 004: stopped before restoration "
            + "begins), then 'restoring', then 'active'"),
    HIVELOCITY_TASK_BEFORE_SNAPSHOT("hivelocity", "a create task says Success while its snapshot is still Started "
            + "(the spec keeps task result and snapshot state apart); Completed one delay later"),
    HIVELOCITY_RESULT_NULL("hivelocity", "a pending task answers result: null (the spec: null also means pending)"),
    HIVELOCITY_TASK_FAILED("hivelocity", "snapshot tasks end Failed (and a failed create leaves no snapshot)"),
    HIVELOCITY_SNAPSHOT_TYPE_ENUM("hivelocity", "snapshotType only from the spec's list (HOURLY, DAILY, WEEKLY, "
            + "MONTHLY): a manual snapshot has none"),
    HOSTINGER_ACTION_DELAYED("hostinger", "actions go created -> sent -> delayed before success"),
    HOSTINGER_ACTION_ERROR("hostinger", "snapshot actions end in state error"),
    HOSTINGER_FREE_ACTION_NAMES("hostinger", "action names are free text without the word snapshot (the spec's "
            + "example is \"action_name\")"),
    HOSTINGER_NO_SNAPSHOT_NULL("hostinger", "GET .../snapshot of a VM without one answers 200 null (the default "
            + "answers 404, which the spec does not document either)"),
    HOSTINGER_NO_SNAPSHOT_OBJECT("hostinger", "GET .../snapshot of a VM without one answers 200 {}"),
    HOSTINGER_NO_SNAPSHOT_500("hostinger", "GET .../snapshot of a VM without one answers 500 (the spec documents only "
            + "200/401/500)"),
    CORE_RESTORE_INSTANCES("core", "restore answers {\"instances\": [{...\"status\": \"CREATING\"}]} (the vendor's "
            + "restore page) instead of the spec's instance"),
    CORE_COUNT_PER_PAGE("core", "list count is the number of items on the page"),
    CORE_COUNT_ZERO("core", "list count is 0 beside a non-empty list (the docs' example)"),
    CORE_CREATING_VMS("core", "a restored VM is CREATING (not BUILD) while it is built"),
    CORE_RESTORE_ERROR("core", "a restored VM ends in ERROR"),
    CORE_RESTORE_DELETED("core", "a restored VM ends DELETED"),
    CORE_DELETED_403("core", "a GET of a deleted snapshot or volume answers 403 (the volume GET documents 403, no 404)"),
    CORE_DELETED_400("core", "a GET of a deleted snapshot or volume answers 400 'Snapshot with id N does not exist'"),
    CORE_RATE_BLOCK("core", "above 500 requests a minute every request gets 429 without Retry-After until the minute "
            + "is over (the docs' rule)"),
    STRICT_SLASHES("*", "every provider routes exactly the documented path: a trailing slash more or less is 404 "
            + "(Flask, Laravel and DRF are strict)");

    private final String provider;
    private final String description;

    Quirk(String provider, String description) {
        this.provider = provider;
        this.description = description;
    }

    /** The name on the command line: {@code vpsorg-stop-before-restore}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The provider it concerns ({@code hivelocity}, {@code hostinger}, {@code vpsorg}, {@code core}) or {@code *}. */
    public String provider() {
        return provider;
    }

    public String description() {
        return description;
    }

    /** True when it concerns {@code providerId} (a quirk of every provider concerns each). */
    public boolean concerns(String providerId) {
        return provider.equals("*") || provider.equals(providerId);
    }

    /** The quirk with this name; an unknown name is an {@link IllegalArgumentException} listing the known ones. */
    public static Quirk of(String id) {
        String key = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (Quirk q : values()) {
            if (q.id().equals(key)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown quirk '" + id + "'; known: " + names());
    }

    /** The quirks named in a comma- or space-separated list (an empty or null list is none). */
    public static Set<Quirk> parse(String list) {
        Set<Quirk> out = EnumSet.noneOf(Quirk.class);
        if (list != null) {
            Arrays.stream(list.split("[,\\s]+")).filter(s -> !s.isBlank()).map(Quirk::of).forEach(out::add);
        }
        return out;
    }

    /** Every name, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(Quirk::id).collect(Collectors.joining(", "));
    }

    /** The quirks that concern {@code providerId}. */
    public static Set<Quirk> of(String providerId, boolean includeShared) {
        Set<Quirk> out = EnumSet.noneOf(Quirk.class);
        for (Quirk q : values()) {
            if (q.provider.equals(providerId) || (includeShared && q.provider.equals("*"))) {
                out.add(q);
            }
        }
        return out;
    }
}
