package dev.vpsnap.cli.schedule;

import dev.vpsnap.cli.GroupCommand;
import picocli.CommandLine.Command;

/**
 * {@code vpsnap schedule}: snapshot schedules, native where the provider runs them (Hivelocity), local everywhere
 * else (kept beside the config file, run by {@code schedule run} from cron, systemd or Kubernetes).
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Snapshot schedules: native where the provider has them, local (run by vpsnap) elsewhere.",
        subcommands = {ScheduleListCommand.class, ScheduleGetCommand.class, ScheduleCreateCommand.class,
                ScheduleDeleteCommand.class, ScheduleRunCommand.class, ScheduleExportCommand.class})
public final class ScheduleGroup extends GroupCommand {
}
