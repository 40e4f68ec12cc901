package dev.vpsnap.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * "Did you mean" for a mistyped command, by edit distance (transpositions count once: {@code craete} is one from
 * {@code create}). First the commands beside the typo ({@code snapshot craete} → {@code create}); when none is close,
 * every command of the whole tree whose name is ({@code vpsnap craete} → {@code snapshot create, volume create, …}).
 * The tree is read from the annotations, so a command line that built one group still sees all of them.
 */
final class CommandSuggestions {
    private CommandSuggestions() {
    }

    /** Suggestions for {@code word} typed where a subcommand of {@code at} was expected. */
    static List<String> near(CommandLine at, String word) {
        List<String> siblings = closest(List.copyOf(at.getSubcommands().keySet()), word, s -> s);
        if (!siblings.isEmpty()) {
            return siblings;
        }
        return closest(paths(), word, p -> p.substring(p.lastIndexOf(' ') + 1));
    }

    /** Every command path below the root: {@code snapshot}, {@code snapshot create}, ..., {@code version}. */
    static List<String> paths() {
        List<String> all = new ArrayList<>();
        for (Map.Entry<String, Class<?>> g : RootCommand.GROUPS.entrySet()) {
            all.add(g.getKey());
            for (Class<?> verb : g.getValue().getAnnotation(Command.class).subcommands()) {
                all.add(g.getKey() + " " + verb.getAnnotation(Command.class).name());
            }
        }
        return all;
    }

    private static List<String> closest(List<String> candidates, String word, java.util.function.Function<String, String> name) {
        int limit = word.length() <= 3 ? 1 : 2;
        List<String> hits = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), name.apply(c));
            if (d > limit || d > best) {
                continue;
            }
            if (d < best) {
                hits.clear();
                best = d;
            }
            hits.add(c);
        }
        hits.sort(Comparator.naturalOrder());
        return hits.size() > 6 ? hits.subList(0, 6) : hits;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
