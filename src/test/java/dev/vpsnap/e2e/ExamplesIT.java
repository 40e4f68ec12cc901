package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.vpsnap.testing.JsonAssert;
import dev.vpsnap.testing.Launched;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripts in {@code examples/}, run by bash exactly as written, with the built launcher on PATH and the sandbox. */
class ExamplesIT {
    @TempDir
    Path state;

    private Launched script(String name, Map<String, String> extra, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", "examples/" + name));
        cmd.addAll(List.of(args));
        return run(cmd, extra);
    }

    private Launched run(List<String> cmd, Map<String, String> extra) throws Exception {
        Map<String, String> env = new HashMap<>(extra);
        env.put("PATH", Launched.launcher().getParent() + File.pathSeparator + System.getenv("PATH"));
        env.put("VPSNAP_SANDBOX", "1");
        env.put("VPSNAP_PROVIDER", "vpsorg");
        return Launched.run(cmd, state, env);
    }

    @Test
    void nightlyPruneThenCheckAgainstTheSandbox() throws Exception {
        // sandbox vps.org demo servers: 934 (web-01, with a 5-day-old baseline snapshot) and 940 (none)
        Launched critical = script("check-snapshots.sh", Map.of(), "934");
        assertEquals(2, critical.exit(), critical::toString);
        assertTrue(critical.out().startsWith("SNAPSHOT CRITICAL - no available snapshot named 'nightly-*' of 934"), critical::toString);

        Launched warning = script("check-snapshots.sh", Map.of("PREFIX", "web-01-", "WARN", "4d", "CRIT", "6d"), "934");
        assertEquals(1, warning.exit(), warning::toString);
        assertTrue(warning.out().startsWith("SNAPSHOT WARNING - "), warning::toString);

        java.time.LocalDate firstDay = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        for (int night = 1; night <= 2; night++) {
            Launched nightly = script("nightly-prune.sh", Map.of(), "934", "940");
            assertEquals(0, nightly.exit(), nightly::toString);
            assertTrue(nightly.err().contains("nightly: pruned"), nightly::toString);
        }
        Launched ok = script("check-snapshots.sh", Map.of(), "934", "940");
        assertEquals(0, ok.exit(), ok::toString);
        assertTrue(ok.out().matches("SNAPSHOT OK - .*\\|age_934=\\d+s;93600;180000 age_940=\\d+s;93600;180000\\n"), ok::toString);
        // two runs on one (UTC) day: keep-daily kept only the newer nightly of each server; runs either side of midnight
        // are two days, and both are kept; the baseline was never a candidate
        boolean sameDay = firstDay.equals(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        Launched left = run(List.of("bash", "-c", "vpsnap snapshot list"), Map.of());
        assertEquals(0, left.exit(), left::toString);
        assertEquals(sameDay ? 4 : 6, left.out().lines().count(), "a header, the kept nightlies and the baseline: " + left);
        assertTrue(left.out().contains("web-01-baseline"), left::toString);
    }

    // ---- CI: snapshot before deploy, roll back when the deploy fails ------------------------------------------

    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

    private static JsonNode yaml(String file) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("examples", file)));
    }

    /** One shell step as the CI runner runs it: bash with errexit (GitHub: bash -e; GitLab: set -eo pipefail). */
    private Launched step(String script, Map<String, String> extra) throws Exception {
        return run(List.of("bash", "-e", "-o", "pipefail", "-c", script), extra);
    }

    @Test
    void ciScriptsSnapshotIdempotentlyAndRollBackAFailedDeploy() throws Exception {
        Launched first = script("ci/snapshot.sh", Map.of(), "934", SHA);
        assertEquals(0, first.exit(), first::toString);
        String id = first.out().strip();
        assertTrue(id.matches("\\d+"), "the snapshot id alone on stdout: " + first);
        Launched again = script("ci/snapshot.sh", Map.of(), "934", SHA);
        assertEquals(0, again.exit(), again::toString);
        assertEquals(id, again.out().strip(), "a re-run finds the commit's snapshot");
        assertTrue(again.err().contains("nothing created"), again::toString);

        Launched deployed = script("ci/deploy.sh", Map.of());
        assertEquals(0, deployed.exit(), deployed::toString);
        Launched failed = script("ci/deploy.sh", Map.of("DEPLOY_COMMAND", "exit 3"));
        assertEquals(3, failed.exit(), failed::toString);

        Launched rollback = script("ci/rollback.sh", Map.of(), id);
        assertEquals(0, rollback.exit(), rollback::toString);
        assertTrue(rollback.err().contains("rollback: restored snapshot " + id), rollback::toString);
        assertEquals("", rollback.out());
        Launched none = script("ci/rollback.sh", Map.of(), "");
        assertEquals(2, none.exit(), none::toString);
    }

    @Test
    void gitlabJobAsWrittenRollsBackWhenTheDeployFails() throws Exception {
        JsonNode job = yaml("gitlab-ci/.gitlab-ci.yml").get("deploy");
        assertEquals("1", job.get("variables").get("VPSNAP_SANDBOX").asText());
        List<String> lines = new ArrayList<>();
        job.get("script").forEach(l -> lines.add(l.asText()));
        String script = String.join("\n", lines);
        Map<String, String> ci = Map.of("CI_COMMIT_SHA", SHA, "SERVER", job.get("variables").get("SERVER").asText());

        Launched ok = step(script, ci);
        assertEquals(0, ok.exit(), ok::toString);
        assertTrue(ok.err().contains("deploy: echo deploying") && !ok.err().contains("rollback"), ok::toString);

        Map<String, String> failing = new HashMap<>(ci);
        failing.put("DEPLOY_COMMAND", "false");
        Launched rolledBack = step(script, failing);
        assertEquals(1, rolledBack.exit(), rolledBack::toString);
        assertTrue(rolledBack.err().contains("already has snapshot"), "the same commit reuses its snapshot: " + rolledBack);
        assertTrue(rolledBack.err().contains("rollback: restored snapshot "), rolledBack::toString);
    }

    @Test
    void githubStepsAsWrittenRollBackWhenTheDeployFails() throws Exception {
        JsonNode job = yaml("github-actions/pre-deploy.yml").get("jobs").get("deploy");
        Map<String, JsonNode> steps = new HashMap<>();
        job.get("steps").forEach(st -> {
            if (st.has("id")) {
                steps.put(st.get("id").asText(), st);
            } else if (st.path("name").asText().startsWith("Roll back")) {
                steps.put("rollback", st);
            }
        });
        Path output = state.resolve("github_output");
        Files.writeString(output, "");
        Map<String, String> env = new HashMap<>(Map.of("GITHUB_SHA", SHA, "GITHUB_OUTPUT", output.toString(),
                "SERVER", job.get("env").get("SERVER").asText(), "DEPLOY_COMMAND", "false"));

        Launched snapshot = step(steps.get("snapshot").get("run").asText(), env);
        assertEquals(0, snapshot.exit(), snapshot::toString);
        String id = Files.readString(output).strip().replaceFirst("^id=", "");
        assertTrue(id.matches("\\d+"), "the step output id=<snapshot id>: " + id);
        Launched deploy = step(steps.get("deploy").get("run").asText(), env);
        assertTrue(deploy.exit() != 0, deploy::toString);
        JsonNode rollbackStep = steps.get("rollback");
        assertTrue(rollbackStep.get("if").asText().contains("steps.deploy.outcome == 'failure'"), rollbackStep::toString);
        Launched rollback = step(rollbackStep.get("run").asText().replace("${{ steps.snapshot.outputs.id }}", id), env);
        assertEquals(0, rollback.exit(), rollback::toString);
        assertTrue(rollback.err().contains("rollback: restored snapshot " + id), rollback::toString);
    }

    // ---- cron: restore the newest nightly ----------------------------------------------------------------------

    @Test
    void cronRestoreChecksTheDocumentedExitCodes() throws Exception {
        Launched none = script("cron-restore.sh", Map.of(), "940");
        assertEquals(4, none.exit(), none::toString);
        assertTrue(none.err().contains("cron-restore: no 'nightly-*' snapshot of server 940"), none::toString);

        // the sandbox's baseline of 934 is five days old
        Launched stale = script("cron-restore.sh", Map.of("PREFIX", "web-01-", "MAX_AGE", "1d"), "934");
        assertEquals(11, stale.exit(), stale::toString);
        assertTrue(stale.err().contains("older than 1d: refusing"), stale::toString);

        Launched taken = run(List.of("bash", "-c", "vpsnap -q snapshot create --server 940 --name nightly-1"), Map.of());
        assertEquals(0, taken.exit(), taken::toString);
        Launched restored = script("cron-restore.sh", Map.of("WAIT_TIMEOUT", "2m"), "940");
        assertEquals(0, restored.exit(), restored::toString);
        assertTrue(restored.err().contains("cron-restore: server 940 restored"), restored::toString);
    }

    // ---- monitoring: cron entry and systemd unit that ping and write the Prometheus textfile --------------------

    private static final String CHECK_UUID = "00000000-0000-0000-0000-000000000000";

    /** The NAME=value lines of a crontab or the Environment= lines of a unit, in order. */
    private static Map<String, String> assignments(List<String> lines, String prefix) {
        Map<String, String> vars = new java.util.LinkedHashMap<>();
        for (String l : lines) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(prefix) + "([A-Z_]+)=(.*)").matcher(l);
            if (m.matches()) {
                vars.put(m.group(1), m.group(2));
            }
        }
        return vars;
    }

    private static okhttp3.mockwebserver.MockWebServer receiver() throws Exception {
        okhttp3.mockwebserver.MockWebServer hc = new okhttp3.mockwebserver.MockWebServer();
        hc.start();
        hc.enqueue(new okhttp3.mockwebserver.MockResponse().setBody("OK"));
        hc.enqueue(new okhttp3.mockwebserver.MockResponse().setBody("OK"));
        return hc;
    }

    private static void assertPinged(okhttp3.mockwebserver.MockWebServer hc, int exit) throws Exception {
        okhttp3.mockwebserver.RecordedRequest start = hc.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
        okhttp3.mockwebserver.RecordedRequest end = hc.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals("GET /ping/" + CHECK_UUID + "/start", start.getMethod() + " " + start.getPath());
        assertEquals("POST /ping/" + CHECK_UUID + "/" + exit, end.getMethod() + " " + end.getPath());
        assertTrue(end.getBody().readUtf8().contains(": exit " + exit + " after "));
    }

    @Test
    void monitoringCronEntryPingsAndWritesTheTextfile() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("examples/monitoring/crontab.txt"));
        Map<String, String> env = new HashMap<>(assignments(lines, ""));
        assertTrue(env.get("HC_SNAPSHOT_CHECK").endsWith("/" + CHECK_UUID), env::toString);
        String entry = lines.stream().filter(l -> l.matches("[*0-9/,-]+( [*0-9/,-]+){4} .*")).findFirst().orElseThrow();
        String command = entry.split(" ", 6)[5];
        assertTrue(command.contains("--ping") && command.contains("--prometheus"), command);
        for (String server : List.of("934", "940")) {
            Launched made = run(List.of("bash", "-c", "vpsnap -q snapshot create --server " + server + " --name nightly-1"), Map.of());
            assertEquals(0, made.exit(), made::toString);
        }
        try (okhttp3.mockwebserver.MockWebServer hc = receiver()) {
            env.put("HC_SNAPSHOT_CHECK", hc.url("/ping/" + CHECK_UUID).toString());
            env.put("TEXTFILE_DIR", state.toString());
            Launched r = run(List.of("sh", "-c", command), env);
            assertEquals(0, r.exit(), r::toString);
            assertPinged(hc, 0);
            String prom = Files.readString(state.resolve("vpsnap-check.prom"));
            assertTrue(prom.contains("vpsnap_check_status{provider=\"vpsorg\",profile=\"\",server=\"934\"} 0\n"), prom);
            assertTrue(prom.contains("vpsnap_run_exit_code{command=\"snapshot check\""), prom);
        }
    }

    @Test
    void monitoringSystemdUnitRunsTheDueSchedulesPingsAndWritesTheTextfile() throws Exception {
        List<String> unit = Files.readAllLines(Path.of("examples/monitoring/vpsnap-schedules.service"));
        Map<String, String> env = new HashMap<>(assignments(unit, "Environment="));
        assertEquals("json", env.get("VPSNAP_LOG_FORMAT"));
        String exec = unit.stream().filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow()
                .substring("ExecStart=".length()).replace("/usr/local/bin/vpsnap", "vpsnap");
        Launched made = run(List.of("bash", "-c", "vpsnap -o ids schedule create --server 940 --interval hourly"
                + " --max-snapshots 2 --name-prefix hourly"), Map.of());
        assertEquals(0, made.exit(), made::toString);
        String id = made.out().strip();
        // the schedule was made two days ago: its latest hourly slot is due
        // the examples run under the sandbox, whose local schedules live in its own state (issue 9: isolation)
        Path schedules = state.resolve("vpsnap/sandbox/schedules.json");
        String json = Files.readString(schedules);
        Files.writeString(schedules, json.replaceAll("(\"createdAt\"\\s*:\\s*\")[^\"]+\"",
                "$1" + java.time.Instant.now().minus(java.time.Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\""));
        try (okhttp3.mockwebserver.MockWebServer hc = receiver()) {
            env.put("VPSNAP_PING_URL", hc.url("/ping/" + CHECK_UUID).toString());
            env.put("TEXTFILE_DIR", state.toString());
            Launched r = run(List.of("bash", "-c", exec), env);
            assertEquals(0, r.exit(), r::toString);
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(id + " ")), "the schedule ran: " + r);
            r.err().lines().forEach(l -> assertTrue(JsonAssert.tree(l).has("ts"), () -> "json log lines: " + l));
            assertFalse(r.err().contains(CHECK_UUID), r::toString);
            assertPinged(hc, 0);
            String prom = Files.readString(state.resolve("vpsnap-schedules.prom"));
            assertTrue(prom.contains("vpsnap_snapshot_last_success_timestamp_seconds{provider=\"vpsorg\",profile=\"\",server=\"940\",schedule=\"" + id + "\"}"), prom);
        }
    }
}
