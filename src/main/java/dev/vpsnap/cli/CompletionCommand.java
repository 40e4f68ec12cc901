package dev.vpsnap.cli;

import dev.vpsnap.error.VpsnapException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code vpsnap completion bash|zsh|fish}: a completion script generated from the full picocli model, with option
 * values ({@link CompletionValues}): providers, formats, sort fields, intervals, export formats, and the config file's
 * profile names (read at TAB time).
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script.", "bash: source <(vpsnap completion bash)",
                "zsh:  source <(vpsnap completion zsh)", "fish: vpsnap completion fish | source"})
public final class CompletionCommand extends BaseCommand {
    static final List<String> SHELLS = List.of("bash", "zsh", "fish");

    /** The shells, for completing this command's own argument. */
    static final class Shells implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return SHELLS.iterator();
        }
    }

    @Parameters(paramLabel = "SHELL", description = "bash, zsh or fish", completionCandidates = Shells.class)
    String shell;

    @Override
    protected int doCall() {
        if (!SHELLS.contains(shell)) {
            throw VpsnapException.usage("expected bash, zsh or fish, not '" + shell + "'");
        }
        CommandLine root = Cli.create(env()); // the full tree, not just the group this command line named
        CompletionValues.attach(root, env());
        String script = switch (shell) {
            case "fish" -> FishCompletion.script(root);
            case "zsh" -> "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + bash(root);
            default -> bash(root);
        };
        env().out().print(script);
        env().out().flush();
        return 0;
    }

    private static final Pattern PROFILE_ARRAY =
            Pattern.compile("local (\\w+)=\\(\"" + CompletionValues.PROFILES + "\"\\)");

    /**
     * picocli's bash script. An array holding the profile placeholder becomes empty, and where it is expanded the
     * config file is read instead: at the TAB that completes a profile, not on every TAB (it starts a JVM).
     */
    private static String bash(CommandLine root) {
        String script = AutoComplete.bash("vpsnap", root);
        Matcher m = PROFILE_ARRAY.matcher(script);
        Set<String> arrays = new LinkedHashSet<>();
        while (m.find()) {
            arrays.add(m.group(1));
        }
        for (String a : arrays) {
            script = script.replace("local " + a + "=(\"" + CompletionValues.PROFILES + "\")", "local " + a + "=()")
                    .replace("\"${" + a + "[@]}\"", "$(" + CompletionValues.PROFILES_COMMAND + ")");
        }
        return script;
    }
}
