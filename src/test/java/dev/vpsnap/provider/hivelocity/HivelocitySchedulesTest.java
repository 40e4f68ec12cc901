package dev.vpsnap.provider.hivelocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Schedule;
import dev.vpsnap.provider.ScheduleCreate;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** Native snapshot schedules: per volume like snapshots; create answers 200 with the schedule, delete 204. */
class HivelocitySchedulesTest extends HivelocityHttpTest {
    static final Schedule S601 = new Schedule("hivelocity", "601", "native", "5001", "3101", "daily", 15, 3, null, null,
            "America/New_York", 7, null);
    static final Schedule S602 = new Schedule("hivelocity", "602", "native", "5001", "3102", "weekly", 0, 4, 1, null,
            "UTC", 4, null);

    static ScheduleCreate daily(String server, String volume) {
        return new ScheduleCreate(server, volume, "daily", 15, 3, null, null, "America/New_York", 7, "nightly");
    }

    @Test
    void listsAllMappingEachVolumeToItsDevice() {
        reply(200, "volume-list-all-res.json");
        reply(200, "schedule-list-res.json");

        List<Schedule> all = hv.schedules().list(null);

        expect("GET", "/vps/volume?" + SCOPE);
        expect("GET", "/vps/snapshotSchedule?" + SCOPE);
        expectCount(2);
        assertEquals(List.of(S601, S602,
                new Schedule("hivelocity", "603", "native", "5002", "4201", "monthly", 30, 5, null, 28,
                        "Europe/Berlin", 12, null),
                new Schedule("hivelocity", "604", "native", null, "8888", "hourly", 45, 0, null, null, "UTC", 24,
                        null)), all);
    }

    @Test
    void listsOneDeviceKeepingOnlyItsVolumesSchedules() {
        reply(200, "volume-list-device-res.json");
        reply(200, "schedule-list-res.json");

        assertEquals(List.of(S601, S602), hv.schedules().list("5001"));

        expect("GET", "/vps/volume?deviceId=5001&" + SCOPE);
        expect("GET", "/vps/snapshotSchedule?deviceId=5001&" + SCOPE);
    }

    @Test
    void getFindsTheServerThroughTheVolume() {
        reply(200, "schedule-get-res.json");
        reply(200, "volume-get-res.json");

        assertEquals(S601, hv.schedules().get("601"));

        expect("GET", "/vps/snapshotSchedule/601?" + SCOPE);
        expect("GET", "/vps/volume/3101");
        expectCount(2);
    }

    @Test
    void createForAServerSchedulesItsRootVolumeWithoutDayOrWeekday() {
        reply(200, "volume-list-device-res.json");
        reply(200, "schedule-get-res.json");

        Schedule s = hv.schedules().create(daily("5001", null));

        expect("GET", "/vps/volume?deviceId=5001&" + SCOPE);
        expectBody("POST", "/vps/snapshotSchedule", "schedule-create-daily-req.json");
        expectCount(2);
        assertEquals(S601, s);
    }

    @Test
    void createForAVolumeSendsTheWeekdayAndFindsItsServerBeforeSending() {
        hv = provider(FACILITY, null);
        reply(200, "volume-get-res.json");
        reply(200, "schedule-create-weekly-res.json");

        Schedule s = hv.schedules().create(new ScheduleCreate(null, "3102", "WEEKLY", 0, 4, 1, null, null, 4, null));

        expect("GET", "/vps/volume/3102");
        expectBody("POST", "/vps/snapshotSchedule", "schedule-create-weekly-req.json");
        assertEquals(S602, s);
    }

    @Test
    void createMonthlySendsTheDayAndUsesAGivenServerAsIs() {
        reply(200, "schedule-get-res.json");

        hv.schedules().create(new ScheduleCreate("5001", "3101", "monthly", 30, 5, null, 28, "UTC", 12, null));

        expectBody("POST", "/vps/snapshotSchedule", "schedule-create-monthly-req.json");
        expectCount(1);
    }

    @Test
    void deleteAnswers204WithTheScope() {
        server.enqueue(new MockResponse().setResponseCode(204));

        hv.schedules().delete("601");

        expect("DELETE", "/vps/snapshotSchedule/601?" + SCOPE);
        expectCount(1);
    }

    @Test
    void refusesBeforeSending() {
        assertEquals("hivelocity schedule create needs --server DEVICE_ID or --volume VOLUME_ID",
                assertThrows(VpsnapException.class, () -> hv.schedules().create(daily(null, null))).getMessage());
        assertEquals(ExitCode.USAGE,
                assertThrows(VpsnapException.class, () -> hv.schedules().create(daily("web", null))).exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(VpsnapException.class, () -> hv.schedules().create(
                new ScheduleCreate("5001", null, null, 0, 0, null, null, "UTC", 1, null))).exitCode());
        assertEquals(ExitCode.USAGE,
                assertThrows(VpsnapException.class, () -> hv.schedules().delete("6/01")).exitCode());
        hv = provider(null, CLIENT);
        assertEquals("hivelocity needs --facility CODE (facility_code in the profile)",
                assertThrows(VpsnapException.class, () -> hv.schedules().create(daily("5001", null))).getMessage());
        assertEquals(ExitCode.USAGE,
                assertThrows(VpsnapException.class, () -> hv.schedules().delete("601")).exitCode());
        expectCount(0);
    }
}
