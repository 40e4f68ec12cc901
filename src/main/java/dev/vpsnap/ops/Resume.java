package dev.vpsnap.ops;

import java.util.ArrayList;
import java.util.List;
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
        add(w, "--config", config);
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
        w.addAll(List.of("snapshot", "wait", "--operation", operationId));
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
