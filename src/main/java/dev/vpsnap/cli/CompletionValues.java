package dev.vpsnap.cli;

import dev.vpsnap.ops.schedule.ExportFormat;
import dev.vpsnap.ops.schedule.Interval;
import dev.vpsnap.output.OutputFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The values completion offers, attached to the options and arguments of a full command tree just before a script is
 * generated from it (so no command declares them, and the run-time model stays as it is). Values come from the code:
 * the registry's providers, {@link OutputFormat}, {@link Interval}, {@link ExportFormat}. Profile names are read when
 * TAB is pressed: the {@link #PROFILES} placeholder becomes a call of {@code vpsnap config list -o ids}.
 */
final class CompletionValues {
    /** Stands for "the profile names of the config file" until each shell's script replaces it with a command. */
    static final String PROFILES = "__vpsnap_profiles__";
    /** The shell command that prints the profile names, one a line. */
    static final String PROFILES_COMMAND = "vpsnap config list -o ids 2>/dev/null";

    /** Commands whose first argument is a profile name. */
    private static final Set<String> PROFILE_ARGUMENT =
            Set.of("config use", "config show", "config set-profile", "config delete-profile", "config rename-profile");

    private CompletionValues() {
    }

    static void attach(CommandLine root, Environment env) {
        Map<String, List<String>> global = Map.of(
                "--provider", env.registry().all().stream().map(f -> f.descriptor().id()).toList(),
                "--output", lower(OutputFormat.values()),
                "--color", List.of("auto", "always", "never"),
                "--profile", List.of(PROFILES));
        walk(root, global);
    }

    private static void walk(CommandLine cl, Map<String, List<String>> global) {
        CommandSpec spec = cl.getCommandSpec();
        String path = HelpLayout.path(spec);
        for (OptionSpec o : List.copyOf(spec.options())) {
            List<String> values = values(path, o, global);
            if (values != null) {
                spec.remove(o);
                // LOCAL: every command of the tree has its own (inherited) copy, updated on its own
                spec.addOption(o.toBuilder().completionCandidates(values).scopeType(CommandLine.ScopeType.LOCAL).build());
            }
        }
        if (PROFILE_ARGUMENT.contains(path)) {
            PositionalParamSpec first = spec.positionalParameters().get(0);
            List<PositionalParamSpec> rest = new ArrayList<>(spec.positionalParameters().subList(1, spec.positionalParameters().size()));
            List.copyOf(spec.positionalParameters()).forEach(spec::remove);
            spec.addPositional(first.toBuilder().completionCandidates(List.of(PROFILES)).build());
            rest.forEach(spec::addPositional);
        }
        cl.getSubcommands().values().forEach(sub -> walk(sub, global));
    }

    private static List<String> values(String path, OptionSpec o, Map<String, List<String>> global) {
        if (o.completionCandidates() != null && o.completionCandidates().iterator().hasNext() && !o.inherited()) {
            return null; // the command declared its own
        }
        String name = o.longestName();
        if (global.containsKey(name)) {
            return global.get(name);
        }
        return switch (path + " " + name) {
            case "snapshot list --sort" -> List.of("created", "-created", "name");
            case "snapshot wait --for" -> List.of("available", "deleted");
            case "schedule create --interval" -> lower(Interval.values());
            case "schedule export --format" -> lower(ExportFormat.values());
            default -> null;
        };
    }

    private static List<String> lower(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }
}
