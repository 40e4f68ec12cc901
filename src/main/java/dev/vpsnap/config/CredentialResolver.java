package dev.vpsnap.config;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.common.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The credential chain of cli.md, first hit wins:
 * <ol>
 *   <li>{@code --api-key-file PATH} ({@code -} = stdin). The file must exist; a regular file readable by group or others
 *       is refused (exit 3, chmod hint); pipes such as {@code <(pass show x)} are not checked.</li>
 *   <li>{@code VPSNAP_API_KEY}</li>
 *   <li>the provider's own variable ({@code HIVELOCITY_API_KEY}, ...; passed in by the caller)</li>
 *   <li>the profile: {@code api_key_env} (a variable that is unset falls through to the next; set but empty is an error),
 *       then {@code api_key_command} ({@code /bin/sh -c}, stdout trimmed, 30 s timeout; a non-zero exit is an error
 *       naming the exit status only), then {@code api_key}.</li>
 * </ol>
 * Values are trimmed. A blank variable of steps 2-3 counts as unset; a blank value from a source the user configured
 * explicitly (the file, stdin, api_key_env's variable, the command, api_key) is an error naming that source. A key with
 * line breaks or control characters (e.g. a whole multi-line {@code pass} entry) is refused, since it cannot be sent in a
 * header. Nothing found: exit 3 naming every place looked at. No message ever contains the key or the command's output.
 */
public final class CredentialResolver {
    public static final String ENV_API_KEY = "VPSNAP_API_KEY";
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(30);
    static final int MAX_KEY_BYTES = 64 * 1024;

    private final CommandRunner runner;
    private final Duration commandTimeout;

    public CredentialResolver() {
        this(new ShellCommandRunner(), DEFAULT_COMMAND_TIMEOUT);
    }

    public CredentialResolver(CommandRunner runner, Duration commandTimeout) {
        this.runner = runner;
        this.commandTimeout = commandTimeout;
    }

    /** The key alone; see {@link #resolveCredential}. */
    public Secret resolve(String providerId, String providerEnvVar, ResolvedProfile p, Path apiKeyFile, InputStream stdin,
                          Map<String, String> env) {
        return resolveCredential(providerId, providerEnvVar, p, apiKeyFile, stdin, env).secret();
    }

    /**
     * @param providerEnvVar the provider's own variable, nullable
     * @param p              the resolved profile, nullable; its {@link ResolvedProfile#source()} holds the profile's settings
     * @param apiKeyFile     {@code --api-key-file}, nullable; {@code -} reads {@code stdin}
     */
    public Credential resolveCredential(String providerId, String providerEnvVar, ResolvedProfile p, Path apiKeyFile,
                                        InputStream stdin, Map<String, String> env) {
        Map<String, String> vars = env == null ? Map.of() : env;
        if (apiKeyFile != null) {
            return fromFile(apiKeyFile, stdin);
        }
        String v = vars.get(ENV_API_KEY);
        if (v != null && !v.isBlank()) {
            return credential(v, ENV_API_KEY, null);
        }
        if (providerEnvVar != null) {
            v = vars.get(providerEnvVar);
            if (v != null && !v.isBlank()) {
                return credential(v, providerEnvVar, null);
            }
        }
        List<String> looked = new ArrayList<>(List.of("--api-key-file", ENV_API_KEY));
        if (providerEnvVar != null) {
            looked.add(providerEnvVar);
        }
        Profile profile = p == null ? null : p.source();
        if (profile == null) {
            looked.add("no profile");
        } else {
            String prof = "profile '" + profile.name() + "'";
            List<String> parts = new ArrayList<>();
            if (profile.apiKeyEnv() != null) {
                String var = profile.apiKeyEnv();
                String value = vars.get(var);
                String source = prof + " api_key_env " + var;
                if (value != null) {
                    if (value.isBlank()) {
                        throw auth(var + " (api_key_env of " + prof + ") is set but empty", null);
                    }
                    return credential(value, source, null);
                }
                parts.add("api_key_env: " + var + " is not set");
            } else {
                parts.add(Profile.API_KEY_ENV);
            }
            parts.add(Profile.API_KEY_COMMAND);
            if (profile.apiKeyCommand() != null) {
                return fromCommand(profile.apiKeyCommand(), prof);
            }
            parts.add(Profile.API_KEY);
            if (profile.apiKey() != null) {
                String source = prof + " api_key";
                if (profile.apiKey().isBlank()) {
                    throw auth("api_key of " + prof + " is empty", null);
                }
                return credential(profile.apiKey(), source, null);
            }
            looked.add(prof + " (" + String.join(", ", parts) + ")");
        }
        String example = profile == null ? "NAME" : profile.name();
        throw auth("no API key for " + providerId + ": looked at " + String.join(", ", looked),
                (providerEnvVar == null ? "" : "export " + providerEnvVar + ", or ")
                        + "store a lookup in the profile: vpsnap config set-profile " + example
                        + " --api-key-command 'pass show vpsnap/" + providerId + "' (or --api-key-env VAR)");
    }

    private Credential fromFile(Path file, InputStream stdin) {
        if (file.toString().equals("-")) {
            if (stdin == null) {
                throw VpsnapException.usage("--api-key-file -: no standard input to read");
            }
            String where = "--api-key-file - (stdin)";
            try {
                return credential(decode(stdin.readNBytes(MAX_KEY_BYTES + 1), where), where, null);
            } catch (IOException e) {
                throw auth("cannot read the key from stdin: " + e.getMessage(), null);
            }
        }
        String where = "--api-key-file " + file;
        if (!Files.exists(file)) {
            throw VpsnapException.usage(where + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw VpsnapException.usage(where + ": is a directory");
        }
        try {
            if (Files.isRegularFile(file) && FilePermissions.readableByGroupOrOthers(file)) {
                throw auth(file + " holds an API key and is readable by group/others", "run: chmod 600 " + file);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_KEY_BYTES + 1);
            }
            return credential(decode(bytes, where), where, null);
        } catch (AccessDeniedException e) {
            throw auth("cannot read " + file + ": permission denied", null);
        } catch (IOException e) {
            throw auth("cannot read " + file + ": " + e.getMessage(), null);
        }
    }

    private static String decode(byte[] bytes, String where) {
        if (bytes.length > MAX_KEY_BYTES) {
            throw auth(where + " is larger than 64 KiB; expected the API key alone", null);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw auth(where + " is not UTF-8 text; expected the API key alone", null);
        }
    }

    private Credential fromCommand(String command, String prof) {
        String where = "api_key_command of " + prof;
        CommandRunner.Result r;
        try {
            r = runner.run(command, commandTimeout);
        } catch (IOException e) {
            throw auth("cannot run " + where + ": " + e.getMessage(), null);
        }
        if (r.timedOut()) {
            throw auth(where + " did not finish within " + human(commandTimeout) + " and was stopped", null);
        }
        if (r.tooLarge()) {
            throw auth(where + " printed more than 64 KiB; expected the API key alone",
                    "make the command print only the key, e.g. append: | head -n 1");
        }
        if (r.exitStatus() != 0) {
            throw auth(where + " failed (exit status " + r.exitStatus() + ")",
                    "run the command yourself to see why; its output is never shown by vpsnap");
        }
        return credential(r.stdout(), prof + " api_key_command",
                "make the command print only the key, e.g. append: | head -n 1");
    }

    /** Trims, refuses blank values (the source was configured explicitly) and values that cannot be a header. */
    private static Credential credential(String raw, String source, String multiLineHint) {
        String key = raw.strip();
        if (key.isEmpty()) {
            throw auth(source + " gave an empty API key", null);
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\n' || c == '\r') {
                throw auth(source + " gave several lines; expected the API key alone on one line", multiLineHint);
            }
            if (c < 0x20 || c == 0x7f) {
                throw auth(source + " gave an API key with control characters", multiLineHint);
            }
            if (c > 0x7e) {
                // an HTTP header cannot carry it; typically a non-breaking space pasted with the key
                throw auth(source + " gave an API key with a non-ASCII character (U+" + String.format("%04X", (int) c)
                        + " at position " + (i + 1) + ")", "a pasted non-breaking space? re-copy the key as plain text");
            }
        }
        return new Credential(Secret.of(key), source);
    }

    private static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }

    private static VpsnapException auth(String message, String hint) {
        return new VpsnapException(ExitCode.AUTH, message, null, null, hint, null);
    }
}
