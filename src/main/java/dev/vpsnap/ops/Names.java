package dev.vpsnap.ops;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.ProviderDescriptor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Servers, volumes and ISOs named by id or by name, resolved in one place for every command.
 *
 * <p>The rule: a value with the shape of the provider's ids ({@code ProviderDescriptor#ids}: whole numbers or UUIDs
 * for all four) is the id, with no request (one that does not exist fails as before, exit 4). Any other value is a
 * name: one list call per kind and run (then cached), exact and case-sensitive match; one match is its id, several
 * are exit 2 naming the candidates, none is exit 4 — unless the value is the id of a listed resource (a provider whose
 * ids have another shape). A server whose name has the shape of an id is named by its id. Among several targets an
 * unknown name fails that target alone ({@link #resolve(Kind, List)}).
 */
public final class Names {
    /** What can be named, with the capability and the list call that resolve a name. */
    public enum Kind {
        SERVER("server", "server list", Capability.SERVER_LIST,
                p -> p.servers().list().stream().map(s -> new Named(s.id(), s.name(), s.status())).toList()),
        VOLUME("volume", "volume list", Capability.VOLUME_LIST,
                p -> p.volumes().list(null).stream().map(v -> new Named(v.id(), v.name(), "server " + v.serverId())).toList()),
        ISO("ISO", "iso list", Capability.ISO_LIST,
                p -> p.isos().list().stream().map(i -> new Named(i.id(), i.name(), i.status())).toList());

        private final String noun;
        private final String listCommand;
        private final Capability list;
        private final Function<Provider, List<Named>> fetch;

        Kind(String noun, String listCommand, Capability list, Function<Provider, List<Named>> fetch) {
            this.noun = noun;
            this.listCommand = listCommand;
            this.list = list;
            this.fetch = fetch;
        }
    }

    private record Named(String id, String name, String detail) {
        @Override
        public String toString() {
            return id + " (" + (detail == null ? "-" : detail) + ")";
        }
    }

    private final ProviderDescriptor descriptor;
    private final Supplier<Provider> provider;
    private final Map<Kind, List<Named>> listed = new EnumMap<>(Kind.class);

    /** For one provider account; {@code provider} is asked for only when a name needs a list call. */
    public Names(ProviderDescriptor descriptor, Supplier<Provider> provider) {
        this.descriptor = descriptor;
        this.provider = provider;
    }

    /** Whether {@code value} needs no resolving: absent, blank (the command's own check refuses it) or id-shaped. */
    public boolean isId(String value) {
        return value == null || value.isBlank() || descriptor.idShaped(value.strip());
    }

    /** The id {@code value} names: itself when {@link #isId}, else the one {@code kind} of that name. */
    public String resolve(Kind kind, String value) {
        if (isId(value)) {
            return value;
        }
        List<Named> all = listed.computeIfAbsent(kind, k -> {
            Provider p = provider.get();
            p.require(k.list);
            return k.fetch.apply(p);
        });
        List<Named> hits = all.stream().filter(n -> value.equals(n.name())).toList();
        if (hits.size() == 1) {
            return hits.get(0).id();
        }
        if (hits.size() > 1) {
            throw new VpsnapException(ExitCode.USAGE, "'" + value + "' names " + hits.size() + " " + kind.noun + "s: "
                    + hits.stream().map(Named::toString).collect(Collectors.joining(", ")), descriptor.id(), null,
                    "pass the id instead of the name", null);
        }
        if (all.stream().anyMatch(n -> value.equals(n.id()))) {
            return value;
        }
        throw new VpsnapException(ExitCode.NOT_FOUND, "no " + kind.noun + " with the id or name '" + value + "'",
                descriptor.id(), null, "see 'vpsnap " + kind.listCommand + "'", null);
    }

    /**
     * The targets of a multi-target command, each resolved; with several, a name that nothing has is kept as given,
     * so that this target alone fails (one result per target, exit 10) as an unknown id does. An ambiguous name is
     * still exit 2 for the whole command: nothing is sent.
     */
    public List<String> resolve(Kind kind, List<String> values) {
        if (values.size() == 1) {
            return List.of(resolve(kind, values.get(0)));
        }
        return values.stream().map(v -> {
            try {
                return resolve(kind, v);
            } catch (VpsnapException e) {
                if (e.exitCode() == ExitCode.NOT_FOUND) {
                    return v;
                }
                throw e;
            }
        }).toList();
    }
}
