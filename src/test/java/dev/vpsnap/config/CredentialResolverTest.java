package dev.vpsnap.config;

import static dev.vpsnap.config.ConfigTesting.assertNoSecret;
import static dev.vpsnap.config.ConfigTesting.fails;
import static dev.vpsnap.config.ConfigTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialResolverTest {
    private static final String VAR = "HIVELOCITY_API_KEY";
    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    @TempDir
    Path dir;

    /** Records the commands it was asked to run and answers with a canned result. */
    private static final class FakeRunner implements CommandRunner {
        final List<String> commands = new ArrayList<>();
        final Result result;

        FakeRunner(Result result) {
            this.result = result;
        }

        @Override
        public Result run(String command, Duration timeout) {
            commands.add(command);
            return result;
        }
    }

    private static ResolvedProfile profile(String apiKeyEnv, String apiKeyCommand, String apiKey) {
        Profile p = new Profile("prod", "hivelocity", null, "TPA1", null, apiKeyEnv, apiKeyCommand, apiKey, null);
        return new ResolvedProfile("prod", "hivelocity", null, "TPA1", null, p);
    }

    private static Map<String, String> env(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private final FakeRunner command = new FakeRunner(new CommandRunner.Result(0, "from-command\n", false));
    private final CredentialResolver resolver = new CredentialResolver(command, Duration.ofSeconds(30));

    private Credential resolve(ResolvedProfile p, Path keyFile, Map<String, String> env) {
        return resolver.resolveCredential("hivelocity", VAR, p, keyFile, NO_STDIN, env);
    }

    @Test
    void eachSourceWinsInContractOrder() throws IOException {
        Path keyFile = write(dir.resolve("key"), "from-file\n", "rw-------");
        ResolvedProfile all = profile("MY_VAR", "pass show x", "from-api-key");
        Map<String, String> env = env("VPSNAP_API_KEY", "from-vpsnap", VAR, "from-provider-var", "MY_VAR", "from-named-var");

        assertEquals("from-file", resolve(all, keyFile, env).secret().reveal());
        assertEquals("from-vpsnap", resolve(all, null, env).secret().reveal());
        env.remove("VPSNAP_API_KEY");
        assertEquals("from-provider-var", resolve(all, null, env).secret().reveal());
        env.remove(VAR);
        Credential named = resolve(all, null, env);
        assertEquals("from-named-var", named.secret().reveal());
        assertEquals("profile 'prod' api_key_env MY_VAR", named.source());
        env.remove("MY_VAR");
        assertEquals(List.of(), command.commands, "the command runs only when reached");
        Credential fromCommand = resolve(all, null, env);
        assertEquals("from-command", fromCommand.secret().reveal(), "trimmed");
        assertEquals(List.of("pass show x"), command.commands);
        assertEquals("from-api-key", resolve(profile(null, null, "from-api-key"), null, env).secret().reveal());
    }

    @Test
    void secretIsRevealedOnlyOnRequest() {
        Credential c = resolve(null, null, env(VAR, "top-secret-1"));
        assertEquals("HIVELOCITY_API_KEY", c.source());
        assertFalse(c.toString().contains("top-secret-1"), c.toString());
        assertEquals("top-secret-1", resolver.resolve("hivelocity", VAR, null, null, NO_STDIN, env(VAR, "top-secret-1")).reveal());
    }

    @Test
    void blankVariablesFallThrough() {
        Credential c = resolve(null, null, env("VPSNAP_API_KEY", "  ", VAR, "k2"));
        assertEquals("k2", c.secret().reveal());
    }

    @Test
    void keyFromStdin() {
        InputStream in = new ByteArrayInputStream("stdin-key\n".getBytes(StandardCharsets.UTF_8));
        Credential c = resolver.resolveCredential("core", "CORE_API_KEY", null, Path.of("-"), in, env("CORE_API_KEY", "other"));
        assertEquals("stdin-key", c.secret().reveal());
        assertEquals("--api-key-file - (stdin)", c.source());
    }

    @Test
    void groupReadableKeyFileIsRefusedWithExit3() throws IOException {
        Path keyFile = write(dir.resolve("key"), "file-secret-9\n", "rw-r--r--");
        VpsnapException e = fails(ExitCode.AUTH, () -> resolve(null, keyFile, env()));
        assertEquals(keyFile + " holds an API key and is readable by group/others", e.getMessage());
        assertEquals("run: chmod 600 " + keyFile, e.hint());
        assertNoSecret(e, "file-secret-9");
    }

    @Test
    void missingOrEmptyKeyFile() throws IOException {
        VpsnapException missing = fails(ExitCode.USAGE, () -> resolve(null, dir.resolve("absent"), env(VAR, "ignored")));
        assertEquals("--api-key-file " + dir.resolve("absent") + ": no such file", missing.getMessage());
        Path empty = write(dir.resolve("empty"), "\n", "rw-------");
        VpsnapException e = fails(ExitCode.AUTH, () -> resolve(null, empty, env(VAR, "ignored")));
        assertEquals("--api-key-file " + empty + " gave an empty API key", e.getMessage());
    }

    @Test
    void multiLineKeyIsRefusedWithoutShowingIt() throws IOException {
        Path keyFile = write(dir.resolve("key"), "line-one-secret\nline-two\n", "rw-------");
        VpsnapException e = fails(ExitCode.AUTH, () -> resolve(null, keyFile, env()));
        assertTrue(e.getMessage().endsWith("gave several lines; expected the API key alone on one line"), e.getMessage());
        assertNoSecret(e, "line-one-secret");
    }

    @Test
    void apiKeyEnvSetButEmptyIsSaid() {
        VpsnapException e = fails(ExitCode.AUTH, () -> resolve(profile("MY_VAR", "pass show x", null), null, env("MY_VAR", "")));
        assertEquals("MY_VAR (api_key_env of profile 'prod') is set but empty", e.getMessage());
        assertEquals(List.of(), command.commands);
    }

    @Test
    void emptyApiKeyInProfileIsSaid() {
        VpsnapException e = fails(ExitCode.AUTH, () -> resolve(profile(null, null, " "), null, env()));
        assertEquals("api_key of profile 'prod' is empty", e.getMessage());
    }

    @Test
    void missingCredentialsNameEveryPlace() {
        VpsnapException e = fails(ExitCode.AUTH, () -> resolve(profile(null, null, null), null, env()));
        assertEquals("no API key for hivelocity: looked at --api-key-file, VPSNAP_API_KEY, HIVELOCITY_API_KEY,"
                + " profile 'prod' (api_key_env, api_key_command, api_key)", e.getMessage());
        assertTrue(e.hint().contains("vpsnap config set-profile prod"), e.hint());

        VpsnapException unsetVar = fails(ExitCode.AUTH, () -> resolve(profile("HOSTINGER_TOKEN", null, null), null, env()));
        assertTrue(unsetVar.getMessage().endsWith(
                "profile 'prod' (api_key_env: HOSTINGER_TOKEN is not set, api_key_command, api_key)"), unsetVar.getMessage());

        VpsnapException noProfile = fails(ExitCode.AUTH, () -> resolve(null, null, env()));
        assertEquals("no API key for hivelocity: looked at --api-key-file, VPSNAP_API_KEY, HIVELOCITY_API_KEY, no profile",
                noProfile.getMessage());
    }

    @Test
    void realShellCommandSucceeds() {
        CredentialResolver real = new CredentialResolver();
        Credential c = real.resolveCredential("hivelocity", VAR, profile(null, "printf '%s\\n' shell-secret-42", null),
                null, NO_STDIN, env());
        assertEquals("shell-secret-42", c.secret().reveal());
        assertEquals("profile 'prod' api_key_command", c.source());
    }

    @Test
    void realShellCommandFailureGivesStatusNeverOutput() {
        CredentialResolver real = new CredentialResolver();
        VpsnapException e = fails(ExitCode.AUTH, () -> real.resolveCredential("hivelocity", VAR,
                profile(null, "printf partial-secret-77; exit 3", null), null, NO_STDIN, env()));
        assertEquals("api_key_command of profile 'prod' failed (exit status 3)", e.getMessage());
        assertNoSecret(e, "partial-secret-77");
    }

    @Test
    void realShellCommandThatPrintsNothing() {
        VpsnapException e = fails(ExitCode.AUTH, () -> new CredentialResolver().resolveCredential("core", null,
                profile(null, "true", null), null, NO_STDIN, env()));
        assertEquals("profile 'prod' api_key_command gave an empty API key", e.getMessage());
    }

    @Test
    void realShellCommandTimesOut() {
        CredentialResolver quick = new CredentialResolver(new ShellCommandRunner(), Duration.ofMillis(200));
        VpsnapException e = fails(ExitCode.AUTH, () -> quick.resolveCredential("core", null,
                profile(null, "exec sleep 30", null), null, NO_STDIN, env()));
        assertEquals("api_key_command of profile 'prod' did not finish within 200ms and was stopped", e.getMessage());
    }

    @Test
    void timeoutReportedFromRunner() {
        CredentialResolver r = new CredentialResolver(new FakeRunner(new CommandRunner.Result(-1, "", true)), Duration.ofSeconds(30));
        VpsnapException e = fails(ExitCode.AUTH, () -> r.resolveCredential("core", null, profile(null, "slow", null), null, NO_STDIN, env()));
        assertEquals("api_key_command of profile 'prod' did not finish within 30s and was stopped", e.getMessage());
    }

    @Test
    void commandResultNeverPrintsItsOutput() {
        assertFalse(new CommandRunner.Result(0, "runner-secret", false).toString().contains("runner-secret"));
    }
}
