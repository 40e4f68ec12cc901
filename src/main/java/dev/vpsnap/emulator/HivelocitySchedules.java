package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.HivelocityState.Schedule;
import dev.vpsnap.emulator.HivelocityState.Snapshot;
import dev.vpsnap.emulator.HivelocityState.Task;
import dev.vpsnap.emulator.HivelocityState.Volume;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static dev.vpsnap.emulator.HivelocityApi.badRequest;

/**
 * Hivelocity snapshot schedules: create answers 200 with the VPSSnapshotSchedule (not a task), delete 204 without a
 * body, no update. Field types are checked like a Flask-RESTX model (400 {@code errors}); the rules the spec states
 * only in descriptions (interval HOURLY/DAILY/WEEKLY/MONTHLY, minute 0-59, hour 0-23, weekday 1-7 only and always
 * for WEEKLY, day 1-28 only and always for MONTHLY, IANA timezone, maxSnapshots ≥ 1) give 400 {@code {"message"}}.
 *
 * <p>Schedules also run: when the state is settled, a schedule whose next time (in its timezone) has passed takes one
 * snapshot of its volume (snapshotType = the interval; only the latest missed run is taken) and prunes that
 * schedule's own completed snapshots down to maxSnapshots.
 */
final class HivelocitySchedules {
    static final List<String> INTERVALS = List.of("HOURLY", "DAILY", "WEEKLY", "MONTHLY");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm'Z'").withZone(ZoneOffset.UTC);
    /** Upper bound on fire times walked through when catching up (an HOURLY schedule over ten years is 87,600). */
    private static final int MAX_CATCH_UP = 200_000;

    private final HivelocityApi api;

    HivelocitySchedules(HivelocityApi api, Router router) {
        this.api = api;
        router.route("GET", "/vps/snapshotSchedule", this::list)
              .route("POST", "/vps/snapshotSchedule", this::create)
              .route("GET", "/vps/snapshotSchedule/{snapshotScheduleId}", this::get)
              .route("DELETE", "/vps/snapshotSchedule/{snapshotScheduleId}", this::delete);
    }

    private HivelocityState st() { return api.st(); }

    private Resp list(Req req) {
        Long deviceId = api.queryLong(req, "deviceId");
        Predicate<Schedule> common = api.facilityAndClient(req, s -> s.facilityCode);
        List<Object> out = st().schedules.stream()
                .filter(s -> deviceId == null || st().volumes.stream().anyMatch(v -> v.volumeId.equals(s.volumeId) && v.deviceId == deviceId))
                .filter(common)
                .map(HivelocitySchedules::json).collect(Collectors.toList());
        return Resp.json(200, out);
    }

    private Resp get(Req req) {
        return Resp.json(200, json(schedule(req.param("snapshotScheduleId"))));
    }

    private Resp delete(Req req) {
        st().schedules.remove(schedule(req.param("snapshotScheduleId")));
        return Resp.empty(204);
    }

    private Resp create(Req req) {
        JsonNode body = api.jsonBody(req);
        api.validate(body, Fields.required("volumeId", Fields.Type.STRING), Fields.required("facilityCode", Fields.Type.STRING),
                Fields.required("intervalType", Fields.Type.STRING), Fields.required("hour", Fields.Type.INTEGER),
                Fields.required("minute", Fields.Type.INTEGER), Fields.required("maxSnapshots", Fields.Type.INTEGER),
                Fields.required("timezone", Fields.Type.STRING), Fields.optional("day", Fields.Type.INTEGER),
                Fields.optional("weekday", Fields.Type.INTEGER), Fields.optional("clientId", Fields.Type.INTEGER));
        Schedule s = new Schedule();
        s.intervalType = body.get("intervalType").asText();
        s.minute = body.get("minute").asInt();
        s.hour = body.get("hour").asInt();
        s.weekday = optionalInt(body, "weekday");
        s.day = optionalInt(body, "day");
        s.maxSnapshots = body.get("maxSnapshots").asInt();
        s.timezone = body.get("timezone").asText();
        checkRules(s, body);
        Volume vol = api.volumeInFacility(body.get("volumeId").asText(), body.get("facilityCode").asText());
        s.snapshotScheduleId = api.sim.uuid("hv-schedule", st().nextId++);
        s.volumeId = vol.volumeId;
        s.facilityCode = vol.facilityCode;
        s.createdAt = api.sim.now();
        st().schedules.add(s);
        return Resp.json(200, json(s));
    }

    /** The rules stated in the spec's field descriptions. */
    private static void checkRules(Schedule s, JsonNode body) {
        if (!INTERVALS.contains(s.intervalType)) {
            throw badRequest("Invalid intervalType '" + s.intervalType + "'. Options: " + String.join(", ", INTERVALS) + ".");
        }
        range(body, "minute", 0, 59);
        range(body, "hour", 0, 23);
        onlyFor(s, "weekday", s.weekday, "WEEKLY", 1, 7, "1-7 with 1 being Monday");
        onlyFor(s, "day", s.day, "MONTHLY", 1, 28, "1-28");
        if (!ZONES.contains(s.timezone)) {
            throw badRequest("Invalid timezone '" + s.timezone + "'. Use an IANA time zone name, e.g. America/New_York.");
        }
        if (s.maxSnapshots < 1) throw badRequest("maxSnapshots must be at least 1.");
    }

    private static void range(JsonNode body, String field, int min, int max) {
        long v = body.get(field).asLong();
        if (v < min || v > max) throw badRequest(field + " must be between " + min + " and " + max + " (got " + v + ").");
    }

    private static void onlyFor(Schedule s, String field, Integer value, String interval, int min, int max, String what) {
        if (!s.intervalType.equals(interval)) {
            if (value != null) throw badRequest(field + " is only valid for " + interval + " schedules.");
            return;
        }
        if (value == null) throw badRequest(field + " is required for " + interval + " schedules (" + what + ").");
        if (value < min || value > max) throw badRequest(field + " must be between " + min + " and " + max + " (got " + value + ").");
    }

    private static Integer optionalInt(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private Schedule schedule(String id) {
        return st().schedules.stream().filter(s -> s.snapshotScheduleId.equals(id)).findFirst()
                .orElseThrow(() -> ProviderApi.fail(Resp.json(404, Json.obj("message", "Snapshot schedule not found."))));
    }

    static Map<String, Object> json(Schedule s) {
        Map<String, Object> m = Json.obj("snapshotScheduleId", s.snapshotScheduleId, "volumeId", s.volumeId,
                "intervalType", s.intervalType, "hour", s.hour, "minute", s.minute, "day", s.day, "weekday", s.weekday,
                "maxSnapshots", s.maxSnapshots, "timezone", s.timezone);
        m.values().removeIf(v -> v == null); // day/weekday only where they apply: the integer fields are absent, not null
        return m;
    }

    // ---- running ---------------------------------------------------------------------------------------------

    /** Takes the due run of every schedule (at most one each); true if anything changed. */
    boolean runDue(Instant now) {
        boolean changed = false;
        for (Schedule s : st().schedules) {
            Instant due = latestFireTime(s, now);
            if (due == null) continue;
            changed = true;
            s.lastRunAt = due;
            Volume vol = st().volumes.stream().filter(v -> v.volumeId.equals(s.volumeId) && !v.provisioning).findFirst().orElse(null);
            if (vol == null || st().snapshots.stream().anyMatch(x -> x.volumeId.equals(vol.volumeId) && !x.completed)) continue;
            String name = s.intervalType.toLowerCase() + "-" + NAME_TIME.format(due);
            Snapshot snap = api.newSnapshot(vol, name, s.intervalType, due, false);
            snap.scheduleId = s.snapshotScheduleId;
            Task t = api.newTask("create_snapshot", vol.deviceId, due,
                    Json.obj("volumeId", vol.volumeId, "name", name, "snapshotScheduleId", s.snapshotScheduleId));
            t.snapshotId = snap.snapshotId;
            prune(s);
        }
        return changed;
    }

    /** Removes the schedule's oldest completed snapshots while it has more than maxSnapshots. */
    private void prune(Schedule s) {
        List<Snapshot> own = st().snapshots.stream().filter(x -> s.snapshotScheduleId.equals(x.scheduleId))
                .sorted(Comparator.comparing((Snapshot x) -> x.createdAt)).collect(Collectors.toList());
        int excess = own.size() - s.maxSnapshots;
        for (Snapshot x : own) {
            if (excess <= 0) break;
            if (x.completed && st().snapshots.remove(x)) excess--;
        }
    }

    /** The latest fire time after the last run (or creation) that is not after {@code now}, or null. */
    private static Instant latestFireTime(Schedule s, Instant now) {
        ZoneId zone = ZoneId.of(s.timezone);
        ZonedDateTime next = nextFire(s, (s.lastRunAt != null ? s.lastRunAt : s.createdAt).atZone(zone));
        if (next.toInstant().isAfter(now)) return null;
        ZonedDateTime latest = next;
        for (int i = 0; i < MAX_CATCH_UP; i++) {
            next = nextFire(s, latest);
            if (next.toInstant().isAfter(now)) break;
            latest = next;
        }
        return latest.toInstant();
    }

    /** The first fire time strictly after {@code after}. */
    static ZonedDateTime nextFire(Schedule s, ZonedDateTime after) {
        ZonedDateTime c;
        switch (s.intervalType) {
            case "HOURLY":
                c = after.truncatedTo(ChronoUnit.HOURS).withMinute(s.minute);
                return c.isAfter(after) ? c : c.plusHours(1);
            case "DAILY":
                c = at(after, s);
                return c.isAfter(after) ? c : at(after.plusDays(1), s);
            case "WEEKLY":
                c = at(after.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(s.weekday))), s);
                return c.isAfter(after) ? c : at(after.plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.of(s.weekday))), s);
            case "MONTHLY":
                c = at(after.withDayOfMonth(s.day), s);
                return c.isAfter(after) ? c : at(after.plusMonths(1).withDayOfMonth(s.day), s);
            default:
                throw new IllegalStateException("interval " + s.intervalType);
        }
    }

    private static ZonedDateTime at(ZonedDateTime day, Schedule s) {
        return ZonedDateTime.of(day.toLocalDate(), LocalTime.of(s.hour, s.minute), day.getZone());
    }
}
