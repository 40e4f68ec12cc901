package dev.vpsnap.cli;

import picocli.CommandLine.Command;

/** {@code vpsnap schedule}: prints its usage; verbs are registered as they are built. */
@Command(name = "schedule", mixinStandardHelpOptions = true, description = "Snapshot schedules, native or local (list get create delete run export): coming with the schedules release.")
public final class ScheduleGroup extends GroupCommand {
}
