package dev.vpsnap.cli.schedule;

import dev.vpsnap.cli.OperationCommand;
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
 * run locks under {@code $XDG_STATE_HOME/vpsnap/locks/} (under --sandbox both in the sandbox state).
 */
abstract class ScheduleCommand extends OperationCommand {

    String providerId() {
        return session().profile().provider();
    }

    String profileName() {
        return session().profile().name();
    }

    boolean nativeSchedules() {
        return env().registry().get(providerId()).descriptor().capabilities().contains(Capability.SCHEDULE_NATIVE);
    }

    /** The local store: beside the config file, or the sandbox's own under --sandbox (see Session#scheduleHome). */
    ScheduleStore store() {
        return session().scheduleHome().store();
    }

    Path lockDir() {
        return session().scheduleHome().lockDir();
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
