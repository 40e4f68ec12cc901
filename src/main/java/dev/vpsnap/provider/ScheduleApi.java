package dev.vpsnap.provider;

import dev.vpsnap.model.Schedule;
import java.util.List;

/** Provider-run (native) snapshot schedules. Providers without them get local schedules run by vpsnap. */
public interface ScheduleApi {
    List<Schedule> list(String serverId);

    Schedule get(String scheduleId);

    Schedule create(ScheduleCreate request);

    void delete(String scheduleId);
}
