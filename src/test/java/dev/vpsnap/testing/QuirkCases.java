package dev.vpsnap.testing;

import dev.vpsnap.emulator.Quirk;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The quirks an end-to-end flow runs under: none, then each one that concerns the provider. Left out are the quirks
 * that make the flow end in a documented failure by design (a task or action that fails, a restored VM that ends in
 * ERROR or DELETED, a 500 for "no snapshot"): each has its own test in the provider's {@code *QuirksTest}.
 */
public final class QuirkCases {
    public static final Set<Quirk> FAILING_BY_DESIGN = EnumSet.of(Quirk.HIVELOCITY_TASK_FAILED,
            Quirk.HOSTINGER_ACTION_ERROR, Quirk.CORE_RESTORE_ERROR, Quirk.CORE_RESTORE_DELETED,
            Quirk.HOSTINGER_NO_SNAPSHOT_500);

    private QuirkCases() {
    }

    /** {@code ""} (no quirk) and each quirk id that applies to {@code provider}. */
    public static List<String> of(String provider) {
        List<String> out = new ArrayList<>(List.of(""));
        for (Quirk q : Quirk.values()) {
            if (q.concerns(provider) && !FAILING_BY_DESIGN.contains(q)) {
                out.add(q.id());
            }
        }
        return out;
    }

    /** (provider, quirk id) for each provider given. */
    public static Stream<Arguments> forProviders(String... providers) {
        return Stream.of(providers).flatMap(p -> of(p).stream().map(q -> Arguments.of(p, q)));
    }

    /** The quirk set a case names ({@code ""}: none). */
    public static Set<Quirk> set(String quirk) {
        return Quirk.parse(quirk);
    }
}
