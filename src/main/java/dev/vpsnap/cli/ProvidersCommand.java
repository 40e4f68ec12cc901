package dev.vpsnap.cli;

import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.ProviderDescriptor;
import dev.vpsnap.provider.ProviderFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code vpsnap providers}: the capability matrix, printed from the code (the descriptors), never from a document. */
@Command(name = "providers", mixinStandardHelpOptions = true,
        description = "Which command each provider supports, natively or emulated by vpsnap.")
public final class ProvidersCommand extends BaseCommand {

    /** One provider's column of the matrix, as JSON. */
    public record ProviderInfo(String provider, String name, String defaultEndpoint, String authentication,
                               String credentialEnv, String asyncPolling, Map<String, String> commands,
                               Map<String, String> notes) {
    }

    @Override
    protected int doCall() {
        List<ProviderDescriptor> ds = env().registry().all().stream().map(ProviderFactory::descriptor).toList();
        List<ProviderInfo> infos = ds.stream().map(ProvidersCommand::info).toList();
        out().document(infos, table(ds, infos));
        return 0;
    }

    static ProviderInfo info(ProviderDescriptor d) {
        Map<String, String> commands = new LinkedHashMap<>();
        for (Capability c : Capability.values()) {
            if (c != Capability.SCHEDULE_NATIVE) {
                commands.put(c.command(), d.capabilities().contains(c) ? "native" : null);
            }
        }
        String schedules = d.capabilities().contains(Capability.SCHEDULE_NATIVE) ? "native" : "local";
        for (String verb : List.of("list", "get", "create", "delete", "run", "export")) {
            commands.put("schedule " + verb, schedules);
        }
        Map<String, String> notes = new LinkedHashMap<>();
        d.notes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> notes.put(e.getKey().command(), e.getValue()));
        String auth = d.bearer() ? "Authorization: Bearer" : d.authHeader() + " header";
        return new ProviderInfo(d.id(), d.displayName(), d.defaultEndpoint(), auth, d.credentialEnv(), d.asyncPolling(),
                commands, notes);
    }

    private static String table(List<ProviderDescriptor> ds, List<ProviderInfo> infos) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("COMMAND"));
        ds.forEach(d -> header.add(d.id().toUpperCase(java.util.Locale.ROOT)));
        rows.add(header.toArray(String[]::new));
        for (String cmd : infos.get(0).commands().keySet()) {
            List<String> r = new ArrayList<>(List.of(cmd));
            for (ProviderInfo i : infos) {
                String v = i.commands().get(cmd);
                r.add(v == null ? "—" : v.equals("native") ? "yes" + (i.notes().containsKey(cmd) ? "*" : "") : v);
            }
            rows.add(r.toArray(String[]::new));
        }
        List<String> poll = new ArrayList<>(List.of("async ops polled via"));
        infos.forEach(i -> poll.add(i.asyncPolling()));
        rows.add(poll.toArray(String[]::new));
        StringBuilder sb = new StringBuilder(align(rows));
        sb.append("\n— not supported (exit 9); local = run by vpsnap (schedule run); * see notes\n");
        for (ProviderInfo i : infos) {
            i.notes().forEach((cmd, note) -> sb.append("  ").append(i.provider()).append(' ').append(cmd).append(": ")
                    .append(note).append('\n'));
        }
        return sb.toString();
    }

    private static String align(List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] w = new int[cols];
        rows.forEach(r -> {
            for (int i = 0; i < cols; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        });
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            for (int i = 0; i < cols; i++) {
                sb.append(i == cols - 1 ? r[i] : String.format("%-" + (w[i] + 2) + "s", r[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
