package dev.vpsnap.cli;

import dev.vpsnap.error.VpsnapException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code vpsnap help [COMMAND...]}: the help of that command, exactly as {@code COMMAND --help} prints it. */
@Command(name = "help", mixinStandardHelpOptions = true, description = "Show the help of a command (as COMMAND --help).")
public final class HelpCommand extends BaseCommand {
    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "A group and verb, e.g. snapshot create.")
    List<String> command = List.of();

    @Override
    protected int doCall() {
        CommandLine at = Cli.create(env()); // the full tree: help may name any command
        for (String name : command) {
            CommandLine next = at.getSubcommands().get(name);
            if (next == null) {
                List<String> close = CommandSuggestions.near(at, name);
                throw VpsnapException.usage("no command '" + String.join(" ", command) + "'"
                        + (close.isEmpty() ? "" : "; did you mean: " + String.join(", ", close) + "?"));
            }
            at = next;
        }
        at.usage(env().out());
        env().out().flush();
        return 0;
    }
}
