package dev.vpsnap.cli.schedule;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.config.ConfigPaths;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.ops.schedule.LocalSchedule;
import dev.vpsnap.ops.schedule.ScheduleStore;
import dev.vpsnap.provider.Capability;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the schedule commands share: whether this provider runs schedules itself (decided from its descriptor, so
 * local schedules need no credentials), and the local store: {@code schedules.json} beside the config file, with
 * run locks under {@code $XDG_STATE_HOME/vpsnap/locks/}.
 */
abstract class ScheduleCommand extends BaseCommand {

    String providerId() {
        return session().profile().provider();
    }

    String profileName() {
        return session().profile().name();
    }

    boolean nativeSchedules() {
        return env().registry().get(providerId()).descriptor().capabilities().contains(Capability.SCHEDULE_NATIVE);
    }

    ScheduleStore store() {
        Path dir = session().configPath().toAbsolutePath().getParent();
        return new ScheduleStore(dir.resolve(ScheduleStore.FILE_NAME), lockDir().resolve("schedules.lock"));
    }

    Path lockDir() {
        return ConfigPaths.stateDir(env().env()).resolve("locks");
    }

    /** The local schedule {@code id}, else exit 4. */
    LocalSchedule local(String id) {
        ScheduleStore store = store();
        return store.find(id).orElseThrow(() -> new VpsnapException(ExitCode.NOT_FOUND, "no local schedule " + id,
                null, null, "'vpsnap schedule list' shows them (" + store.file() + ")", null));
    }

    /** The current profile's and provider's local schedules (what list and --due see). */
    boolean ours(LocalSchedule s) {
        return s.provider().equals(providerId()) && Objects.equals(s.profile(), profileName());
    }

    VpsnapException runByProvider(String verb) {
        return new VpsnapException(ExitCode.USAGE, providerId() + " runs its schedules itself: '" + verb
                + "' is for local schedules", providerId(), null, null, null);
    }
}
