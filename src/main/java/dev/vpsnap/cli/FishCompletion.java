package dev.vpsnap.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code vpsnap completion fish}: {@code complete} lines from the picocli model. Global options complete everywhere;
 * a group's verbs after the group; a verb's own options and argument values after its group and verb.
 */
final class FishCompletion {
    private FishCompletion() {
    }

    static String script(CommandLine root) {
        StringBuilder b = new StringBuilder("# fish completion for vpsnap: vpsnap completion fish | source\n")
                .append("complete -c vpsnap -f\n");
        CommandSpec rootSpec = root.getCommandSpec();
        for (OptionSpec o : rootSpec.options()) {
            option(b, null, o);
        }
        for (Map.Entry<String, CommandLine> group : root.getSubcommands().entrySet()) {
            b.append("complete -c vpsnap -n '__fish_use_subcommand' -a ").append(group.getKey())
                    .append(" -d ").append(quote(summary(group.getValue().getCommandSpec()))).append('\n');
            command(b, List.of(group.getKey()), group.getValue());
        }
        return b.toString();
    }

    private static void command(StringBuilder b, List<String> path, CommandLine cl) {
        String seen = seen(path);
        Map<String, CommandLine> verbs = cl.getSubcommands();
        if (!verbs.isEmpty()) {
            String none = "; and not __fish_seen_subcommand_from " + String.join(" ", verbs.keySet());
            for (Map.Entry<String, CommandLine> verb : verbs.entrySet()) {
                b.append("complete -c vpsnap -n ").append(quote(seen + none)).append(" -a ").append(verb.getKey())
                        .append(" -d ").append(quote(summary(verb.getValue().getCommandSpec()))).append('\n');
                List<String> sub = new ArrayList<>(path);
                sub.add(verb.getKey());
                command(b, sub, verb.getValue());
            }
        }
        for (OptionSpec o : cl.getCommandSpec().options()) {
            if (!HelpLayout.global(o)) {
                option(b, seen, o);
            }
        }
        for (PositionalParamSpec p : cl.getCommandSpec().positionalParameters()) {
            if (p.completionCandidates() != null) {
                b.append("complete -c vpsnap -n ").append(quote(seen)).append(" -a ").append(quote(values(p.completionCandidates())))
                        .append('\n');
            }
        }
    }

    private static void option(StringBuilder b, String condition, OptionSpec o) {
        b.append("complete -c vpsnap");
        if (condition != null) {
            b.append(" -n ").append(quote(condition));
        }
        for (String name : o.names()) {
            b.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
        }
        if (o.typeInfo().isBoolean()) {
            // a flag: nothing follows it
        } else if (o.completionCandidates() != null && o.completionCandidates().iterator().hasNext()) {
            b.append(" -x -a ").append(quote(values(o.completionCandidates())));
        } else {
            b.append(" -r -F");
        }
        String[] d = o.description();
        if (d.length > 0) {
            b.append(" -d ").append(quote(firstSentence(d[0])));
        }
        b.append('\n');
    }

    private static String seen(List<String> path) {
        List<String> parts = new ArrayList<>();
        for (String p : path) {
            parts.add("__fish_seen_subcommand_from " + p);
        }
        return String.join("; and ", parts);
    }

    /** Space-separated values; the profile placeholder becomes a command substitution fish runs at TAB time. */
    private static String values(Iterable<String> candidates) {
        List<String> words = new ArrayList<>();
        for (String c : candidates) {
            words.add(c.equals(CompletionValues.PROFILES) ? "(" + CompletionValues.PROFILES_COMMAND + ")" : c);
        }
        return String.join(" ", words);
    }

    private static String summary(CommandSpec spec) {
        String[] d = spec.usageMessage().description();
        return d.length == 0 ? "" : firstSentence(d[0]);
    }

    private static String firstSentence(String s) {
        int dot = s.indexOf(". ");
        return (dot < 0 ? s : s.substring(0, dot + 1)).replace("${DEFAULT-VALUE}", "");
    }

    /** A fish single-quoted string. */
    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
