package dev.vpsnap.cli.auth;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.cli.Session;
import dev.vpsnap.config.ResolvedProfile;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code auth status [-p NAME | --all-profiles]}: per profile the provider, endpoint, key source and the answer to one
 * authenticated read (the first page of the server list, sent once, without retries), with its latency. Exit 0 when
 * every profile is ok, 3 when one failed authentication (401/403, no key), else 8 when one was unreachable, else the
 * first other failure's code.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Does each profile's key work? One authenticated read per profile: ok, auth failure or unreachable.")
public final class AuthStatusCommand extends BaseCommand {
    @Option(names = "--all-profiles", description = "Every profile of the config file, each with its own provider and key.")
    boolean allProfiles;

    @Override
    protected int doCall() {
        if (allProfiles && root().profile != null) {
            throw VpsnapException.usage("pass -p NAME or --all-profiles, not both");
        }
        List<AuthStatus> results = new ArrayList<>();
        if (allProfiles) {
            session().allProfiles().forEach(p -> results.add(check(p, true)));
        } else {
            ResolvedProfile p = session().profile();
            results.add(check(p, false));
        }
        out().list(results, AuthStatus.COLUMNS);
        for (AuthStatus r : results) {
            if (r.exitCode() != 0) {
                env().err().println("vpsnap: auth status" + (r.profile() == null ? "" : " -p " + r.profile()) + ": " + r.message());
            }
        }
        env().err().flush();
        return exitCode(results);
    }

    private AuthStatus check(ResolvedProfile p, boolean profileOnly) {
        String endpoint = null;
        String source = null;
        long started = System.nanoTime();
        Long latency = null;
        try {
            Session.Probe probe = session().probe(p, profileOnly);
            endpoint = probe.endpoint();
            source = probe.keySource();
            started = System.nanoTime();
            probe.provider().servers().list();
            latency = (System.nanoTime() - started) / 1_000_000;
            return new AuthStatus(p.name(), p.provider(), endpoint, source, "ok", 0, 200, latency, null);
        } catch (VpsnapException e) {
            if (endpoint != null) {
                latency = (System.nanoTime() - started) / 1_000_000;
            }
            String status = switch (e.exitCode()) {
                case AUTH -> "auth-failed";
                case UNAVAILABLE -> "unreachable";
                default -> "error";
            };
            return new AuthStatus(p.name(), p.provider(), endpoint, source, status, e.exitCode().code(), e.httpStatus(),
                    latency, describe(e));
        }
    }

    private static int exitCode(List<AuthStatus> results) {
        for (ExitCode worst : List.of(ExitCode.AUTH, ExitCode.UNAVAILABLE)) {
            if (results.stream().anyMatch(r -> r.exitCode() == worst.code())) {
                return worst.code();
            }
        }
        return results.stream().mapToInt(AuthStatus::exitCode).filter(c -> c != 0).findFirst().orElse(0);
    }
}
