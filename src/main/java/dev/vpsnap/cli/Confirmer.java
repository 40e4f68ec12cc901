package dev.vpsnap.cli;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Destructive or billable commands: on a TTY ask y/N after saying exactly what will happen; without one, demand
 * {@code --yes} (exit 2, nothing sent).
 */
public final class Confirmer {
    private final Environment env;

    Confirmer(Environment env) {
        this.env = env;
    }

    /** Fails before anything is sent when no one can be asked and {@code --yes} is missing. */
    public void requireYesOrTty(boolean yes, String what) {
        if (!yes && !env.interactive()) {
            throw new VpsnapException(ExitCode.USAGE, "refusing to " + what + " without confirmation", null, null,
                    "pass --yes to confirm (no terminal to ask on)", null);
        }
    }

    public void confirm(boolean yes, String what, String consequence) {
        requireYesOrTty(yes, what);
        if (yes) {
            return;
        }
        env.err().print("vpsnap: about to " + what + (consequence == null ? "" : ". " + consequence) + "\nContinue? [y/N] ");
        env.err().flush();
        String answer;
        try {
            answer = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            answer = null;
        }
        String a = answer == null ? "" : answer.trim().toLowerCase(Locale.ROOT);
        if (!a.equals("y") && !a.equals("yes")) {
            throw new VpsnapException(ExitCode.USAGE, "not confirmed; nothing was changed");
        }
    }
}
