package dev.vpsnap.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a resumed wait needs besides the operation id: the global options of the run that started it (config file,
 * profile, provider, endpoint, facility, client id, key file, sandbox, and an output format given on the line). {@link #command} is the complete
 * {@code vpsnap … snapshot wait --operation ID} line, shell-quoted, that works when pasted as printed.
 */
public record Resume(String config, String profile, String provider, String endpoint, String facility, String clientId,
                     String apiKeyFile, boolean sandbox, String output) {
    /** No context: the bare command (tests, and runs whose options are all defaults). */
    public static final Resume NONE = new Resume(null, null, null, null, null, null, null, false, null);
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");
    /** A vpsnap command quoted in a message or hint, that does not start with an option. */
    private static final Pattern QUOTED_COMMAND = Pattern.compile("'vpsnap ([a-z][^']*)'");
    /** Commands whose hints need no provider context. */
    private static final Set<String> LOCAL =
            Set.of("config", "providers", "sandbox", "completion", "emulator", "help", "version");

    /** The command that resumes waiting for {@code operationId}. */
    public String command(String operationId) {
        return String.join(" ", words(operationId).stream().map(Resume::quote).toList());
    }

    /** {@code resume with: <command>}: the hint every deadline, interrupt and lost poll prints. */
    public String hint(String operationId) {
        return "resume with: " + command(operationId);
    }

    List<String> words(String operationId) {
        List<String> w = new ArrayList<>(List.of("vpsnap"));
        w.addAll(globals());
        w.addAll(List.of("snapshot", "wait", "--operation", operationId));
        return w;
    }

    /**
     * {@code text} with the run's global options put into every vpsnap command it quotes ({@code 'vpsnap server
     * list'} becomes {@code 'vpsnap --provider core --sandbox server list'}), so a hint that names a command works when
     * pasted as printed, like a resume command. Commands that start with an option already carry theirs, and the
     * commands that reach no provider ({@code config}, {@code providers}, {@code sandbox}, ...) get {@code --config}
     * at most, and {@code --help} lines nothing; applying it twice changes nothing.
     */
    public String within(String text) {
        if (!quotesCommand(text)) {
            return text;
        }
        Matcher m = QUOTED_COMMAND.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String command = m.group(1);
            if (command.endsWith(" --help")) {
                continue;
            }
            List<String> g = LOCAL.contains(command.split(" ", 2)[0]) ? configOnly() : globals();
            String inserted = g.isEmpty() ? "" : String.join(" ", g.stream().map(Resume::quote).toList()) + " ";
            m.appendReplacement(out, Matcher.quoteReplacement("'vpsnap " + inserted + command + "'"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** True when {@code text} quotes a vpsnap command that {@link #within} would complete. */
    public static boolean quotesCommand(String text) {
        return text != null && text.contains("'vpsnap ");
    }

    private List<String> configOnly() {
        List<String> w = new ArrayList<>();
        add(w, "--config", config);
        return w;
    }

    /** The global options of the run, as words. */
    private List<String> globals() {
        List<String> w = configOnly();
        add(w, "--profile", profile);
        add(w, "--provider", provider);
        if (sandbox) {
            w.add("--sandbox");
        } else {
            add(w, "--endpoint", endpoint);
        }
        add(w, "--facility", facility);
        add(w, "--client-id", clientId);
        add(w, "--api-key-file", "-".equals(apiKeyFile) ? null : apiKeyFile);
        add(w, "-o", output);
        return w;
    }

    private static void add(List<String> words, String option, String value) {
        if (value != null && !value.isBlank()) {
            words.add(option);
            words.add(value);
        }
    }

    static String quote(String s) {
        return PLAIN.matcher(s).matches() ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
