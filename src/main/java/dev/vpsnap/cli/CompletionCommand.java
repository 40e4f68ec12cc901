package dev.vpsnap.cli;

import dev.vpsnap.error.VpsnapException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code vpsnap completion bash|zsh}: the completion script generated from the picocli model. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script.", "bash: source <(vpsnap completion bash)",
                "zsh:  source <(vpsnap completion zsh)"})
public final class CompletionCommand extends BaseCommand {
    @Parameters(paramLabel = "SHELL", description = "bash or zsh")
    String shell;

    @Override
    protected int doCall() {
        CommandLine root = Cli.create(env()); // the full tree, not just the group this command line named
        String script = AutoComplete.bash("vpsnap", root);
        switch (shell) {
            case "bash" -> env().out().print(script);
            case "zsh" -> env().out().print("autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script);
            default -> throw VpsnapException.usage("completion: expected bash or zsh, not '" + shell + "'");
        }
        env().out().flush();
        return 0;
    }
}
