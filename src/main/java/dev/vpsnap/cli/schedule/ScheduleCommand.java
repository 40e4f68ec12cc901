package dev.vpsnap.cli.schedule;

import dev.vpsnap.cli.OperationCommand;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.ops.schedule.LocalSchedule;
import dev.vpsnap.ops.schedule.LocalSchedules;
import dev.vpsnap.ops.schedule.ScheduleStore;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.ScheduleApi;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the schedule commands share. Local and native schedules are one {@link ScheduleApi}: the provider's
 * {@code schedules()} are its own where it runs them (Hivelocity) and vpsnap's local ones elsewhere (composed by
 * {@code app.Connector}; reading them needs no credentials). Only {@code run} and {@code export} are verbs of local
 * schedules alone: {@link #localSchedules} says so once for both.
 */
abstract class ScheduleCommand extends OperationCommand {

    String providerId() {
        return session().profile().provider();
    }

    String profileName() {
        return session().profile().name();
    }

    /** The schedules of this profile's provider, native or local. */
    ScheduleApi schedules(boolean dryRun) {
        return provider(dryRun).schedules();
    }

    /** Whether this provider runs schedules itself (from its descriptor: no credentials needed). */
    boolean nativeSchedules() {
        return env().registry().get(providerId()).descriptor().capabilities().contains(Capability.SCHEDULE_NATIVE);
    }

    /** This run's local schedules ({@code verb} is for local schedules only: exit 2 where the provider runs its own). */
    LocalSchedules localSchedules(String verb) {
        if (nativeSchedules()) {
            throw runByProvider(verb);
        }
        return new LocalSchedules(session().scheduleHome(), profileName(), providerId(), () -> provider().servers(), false);
    }

    /**
     * The local schedule {@code id} of any profile or provider; where there is none and the provider runs its
     * schedules itself, exit 2 saying that {@code verb} is for local ones; else exit 4.
     */
    LocalSchedule localSchedule(String id, String verb) {
        Optional<LocalSchedule> found = store().find(id);
        if (found.isPresent()) {
            return found.get();
        }
        if (nativeSchedules()) {
            throw new VpsnapException(ExitCode.USAGE, providerId() + " runs schedule " + id
                    + " itself: '" + verb + "' is for local schedules");
        }
        return local(id);
    }

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

    VpsnapException runByProvider(String verb) {
        return new VpsnapException(ExitCode.USAGE, providerId() + " runs its schedules itself: '" + verb
                + "' is for local schedules", providerId(), null, null, null);
    }
}
