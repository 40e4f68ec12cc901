package dev.vpsnap.cli.schedule;

import dev.vpsnap.cli.BoundedDuration;
import dev.vpsnap.cli.Mutations;
import dev.vpsnap.cli.WaitOptions;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.ops.SnapshotCreator;
import dev.vpsnap.ops.schedule.LocalSchedule;
import dev.vpsnap.ops.schedule.RunResult;
import dev.vpsnap.ops.schedule.ScheduleRunner;
import dev.vpsnap.ops.schedule.LocalSchedules;
import dev.vpsnap.ops.schedule.Slots;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code schedule run SCHEDULE_ID... | --due}: runs local schedules now (snapshot, wait, prune), one result each,
 * through the snapshot commands' paths: the create with reconciliation after an ambiguous failure, the prune planner.
 * A schedule whose lock another process holds is skipped with a note (exit 0), so overlapping cron firings never
 * snapshot twice. Exit: 0 when none failed; a single failed schedule's own code; 10 when some of several failed.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run local schedules now (snapshot, wait, prune): the named ones, or those due.")
public final class ScheduleRunCommand extends ScheduleCommand {
    @Parameters(paramLabel = "SCHEDULE_ID", arity = "0..*", description = "The schedules to run.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--due", description = "Run this profile's schedules whose latest slot has passed since their last run.")
    boolean due;

    @Option(names = "--wait-timeout", paramLabel = "DUR", defaultValue = "30m", converter = BoundedDuration.WaitTimeout.class,
            description = "Deadline for each wait (default ${DEFAULT-VALUE}); on expiry that schedule fails with exit 6.")
    java.time.Duration waitTimeout;

    @Override
    protected int doCall() {
        if (ids.isEmpty() == !due) {
            throw VpsnapException.usage("name the schedules to run, or pass --due (not both)");
        }
        LocalSchedules local = localSchedules("schedule run");
        List<String> selected = due ? dueIds(local) : checked();
        if (selected.isEmpty()) {
            note("no local schedule of " + providerId() + (profileName() == null ? "" : " (profile " + profileName() + ")") + " is due");
            out().list(List.of(), ScheduleColumns.RUN);
            return 0;
        }
        Provider p = provider();
        p.require(Capability.SNAPSHOT_CREATE);
        WaitOptions wait = new WaitOptions();
        wait.waitTimeout = waitTimeout;
        ScheduleRunner runner = new ScheduleRunner(p, new SnapshotCreator(env().clock(), env().sleeper(), this::note),
                (api, op) -> Mutations.await(this, api, op, wait), local.store(), local.home().lockDir(), env().clock(),
                this::note);
        List<RunResult> results = new ArrayList<>();
        ExitCode failed = null;
        int failures = 0;
        for (String id : selected) {
            what("schedule run " + id);
            ScheduleRunner.Outcome o = runner.run(id, due);
            results.add(o.result());
            if (!o.result().ok()) {
                failures++;
                failed = o.exitCode();
                env().err().println("vpsnap: schedule " + id + " failed: " + o.result().error().message());
                env().err().flush();
            }
        }
        out().list(results, ScheduleColumns.RUN);
        if (failures == 0) {
            return 0;
        }
        return (results.size() == 1 ? failed : ExitCode.PARTIAL).code();
    }

    private List<String> dueIds(LocalSchedules local) {
        Instant now = env().clock().instant();
        return local.store().all().stream().filter(local::ours)
                .filter(s -> Slots.due(s.timing(), s.lastRunAt(), s.createdAt(), now).due())
                .map(LocalSchedule::id).toList();
    }

    /** Named schedules must exist and belong to this provider (and profile, when both name one). */
    private List<String> checked() {
        for (String id : ids) {
            LocalSchedule s = local(id);
            boolean otherProfile = s.profile() != null && profileName() != null && !s.profile().equals(profileName());
            if (!s.provider().equals(providerId()) || otherProfile) {
                throw VpsnapException.usage("schedule " + id + " belongs to " + (s.profile() != null ? "profile " + s.profile()
                        + " (" + s.provider() + ")" : "provider " + s.provider()) + "; run it with "
                        + (s.profile() != null ? "--profile " + s.profile() : "--provider " + s.provider()));
            }
        }
        return List.copyOf(new java.util.LinkedHashSet<>(ids));
    }
}
