package dev.vpsnap.provider.hivelocity;

import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Schedule;
import dev.vpsnap.provider.ScheduleApi;
import dev.vpsnap.provider.ScheduleCreate;
import java.util.List;
import java.util.Locale;

/**
 * Hivelocity's native snapshot schedules ({@code /vps/snapshotSchedule}). Like snapshots they belong to a VOLUME:
 * {@code --server} means the device's ROOT volume, and a schedule's {@code serverId} comes from the volume → device
 * relation ({@link DeviceVolumes}). Create answers 200 with the schedule (not a task); delete answers 204; there is no
 * update.
 *
 * <p>Field rules (minute 0-59, hour 0-23, weekday only for WEEKLY, day only for MONTHLY, IANA timezone) are checked
 * once, by the CLI's schedule rules, before this is called; this class sends exactly the documented fields, leaving
 * {@code day}/{@code weekday} out when null. {@code namePrefix} is not a Hivelocity concept (it names scheduled
 * snapshots itself) and is ignored here. A missing timezone is sent as {@code UTC}, since the API requires one.
 */
final class HivelocitySchedules implements ScheduleApi {
    static final String DEFAULT_TIMEZONE = "UTC";

    private final HivelocityClient client;
    private final DeviceVolumes volumes;
    private final HivelocityMapper mapper;

    HivelocitySchedules(HivelocityClient client, DeviceVolumes volumes, HivelocityMapper mapper) {
        this.client = client;
        this.volumes = volumes;
        this.mapper = mapper;
    }

    @Override
    public List<Schedule> list(String serverId) {
        return volumes.attributed(serverId, client::schedules, VpsSnapshotSchedule::volumeId, mapper::schedule);
    }

    @Override
    public Schedule get(String scheduleId) {
        VpsSnapshotSchedule s = client.schedule(scheduleId);
        return mapper.schedule(s, volumes.deviceOf(s.volumeId()));
    }

    /**
     * Schedules the given volume, else the ROOT volume of the server. The server shown is the one given, else the
     * volume's device (read before the create, so that nothing is read after it).
     */
    @Override
    public Schedule create(ScheduleCreate request) {
        client.requireFacility();
        if (request.interval() == null || request.interval().isBlank()) {
            throw VpsnapException.usage("hivelocity schedule create needs --interval");
        }
        String serverId = request.serverId() == null ? null : String.valueOf(DeviceVolumes.deviceId(request.serverId()));
        String volumeId;
        if (request.volumeId() != null) {
            volumeId = HivelocityClient.pathId("volume id", request.volumeId());
            serverId = serverId != null ? serverId : volumes.deviceOf(volumeId);
        } else if (serverId != null) {
            volumeId = volumes.rootOf(Long.parseLong(serverId));
        } else {
            throw VpsnapException.usage("hivelocity schedule create needs --server DEVICE_ID or --volume VOLUME_ID");
        }
        String timezone = request.timezone() == null || request.timezone().isBlank()
                ? DEFAULT_TIMEZONE : request.timezone().strip();
        VpsSnapshotSchedule created = client.createSchedule(volumeId,
                request.interval().strip().toUpperCase(Locale.ROOT), request.hour(), request.minute(),
                request.maxSnapshots(), timezone, request.day(), request.weekday());
        return mapper.schedule(created, serverId);
    }

    @Override
    public void delete(String scheduleId) {
        client.deleteSchedule(scheduleId);
    }
}
