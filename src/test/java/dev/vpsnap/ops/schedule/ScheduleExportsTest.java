package dev.vpsnap.ops.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScheduleExportsTest {
    static LocalSchedule schedule(String interval, int minute, Integer hour, Integer weekday, Integer day, String zone) {
        return new LocalSchedule("ls-1a2b", "web", "vpsorg", "940", interval, minute, hour, weekday, day, zone, 7,
                "nightly", Instant.parse("2026-01-15T12:00:00Z"), null, null);
    }

    static ExportInput input(LocalSchedule s, String profile) {
        return new ExportInput(s, profile, s.provider(), profile == null ? "https://vps.example/api/v1" : null, null, null,
                "/usr/local/bin/vpsnap", "registry.example/vpsnap:0.1.0");
    }

    /** The crontab entry: the line after CRON_TZ=, as its five fields and the command. */
    static String[] entry(String crontab) {
        List<String> lines = crontab.lines().toList();
        int tz = lines.indexOf(lines.stream().filter(l -> l.startsWith("CRON_TZ=")).findFirst().orElseThrow());
        return lines.get(tz + 1).split(" ", 6);
    }

    @ParameterizedTest
    @CsvSource({
            "hourly, 45, , , , UTC",
            "daily, 15, 3, , , Europe/Berlin",
            "weekly, 0, 22, 1, , America/New_York",
            "weekly, 30, 4, 6, , Asia/Tokyo",
            "weekly, 5, 0, 7, , Australia/Sydney",
            "monthly, 59, 23, , 28, UTC"})
    void crontabFiresAtTheSchedulesTimeInItsZone(String interval, int minute, Integer hour, Integer weekday, Integer day,
                                                  String zone) {
        LocalSchedule s = schedule(interval, minute, hour, weekday, day, zone);
        String text = ScheduleExports.crontab(input(s, "web"));
        assertTrue(text.contains("\nCRON_TZ=" + zone + "\n"), text);
        String[] f = entry(text);
        assertEquals(minute, Integer.parseInt(f[0]), text);
        assertEquals(hour == null ? "*" : String.valueOf(hour), f[1]);
        assertEquals(day == null ? "*" : String.valueOf(day), f[2]);
        assertEquals("*", f[3]);
        if (weekday == null) {
            assertEquals("*", f[4]);
        } else {
            // cron: 0 = Sunday .. 6 = Saturday (7 also Sunday); ours: 1 = Monday .. 7 = Sunday
            int cron = Integer.parseInt(f[4]);
            assertTrue(cron >= 0 && cron <= 6, f[4]);
            assertEquals(DayOfWeek.of(weekday), cron == 0 ? DayOfWeek.SUNDAY : DayOfWeek.of(cron));
        }
        assertEquals("/usr/local/bin/vpsnap --profile web schedule run ls-1a2b", f[5]);
    }

    @Test
    void withoutAProfileTheCommandCarriesProviderAndEndpoint() {
        String text = ScheduleExports.crontab(input(schedule("daily", 0, 3, null, null, "UTC"), null));
        assertEquals("/usr/local/bin/vpsnap --provider vpsorg --endpoint https://vps.example/api/v1 schedule run ls-1a2b",
                entry(text)[5]);
        assertEquals("'a b'\\''c'", ScheduleExports.shell("a b'c"));
    }

    @Test
    void systemdPairHasOnCalendarWithZoneAndPersistent() {
        String text = ScheduleExports.systemd(input(schedule("weekly", 15, 3, 1, null, "Europe/Berlin"), "web"));
        assertTrue(text.startsWith("# --- file: vpsnap-schedule-ls-1a2b.service ---\n"), text);
        assertTrue(text.contains("\n# --- file: vpsnap-schedule-ls-1a2b.timer ---\n"), text);
        String service = text.substring(0, text.indexOf("# --- file: vpsnap-schedule-ls-1a2b.timer"));
        String timer = text.substring(text.indexOf("# --- file: vpsnap-schedule-ls-1a2b.timer"));
        assertTrue(service.contains("\nType=oneshot\n"), service);
        assertTrue(service.contains("\nExecStart=/usr/local/bin/vpsnap --profile web schedule run ls-1a2b\n"), service);
        assertTrue(timer.contains("\nOnCalendar=Mon *-*-* 03:15:00 Europe/Berlin\n"), timer);
        assertTrue(timer.contains("\nPersistent=true\n"), timer);
        assertTrue(timer.contains("\nWantedBy=timers.target\n"), timer);
        assertEquals("*-*-* *:45:00 UTC", schedule("hourly", 45, null, null, null, "UTC").timing().onCalendar());
        assertEquals("*-*-05 00:00:00 Asia/Tokyo", schedule("monthly", 0, 0, null, 5, "Asia/Tokyo").timing().onCalendar());
        assertEquals("Sun *-*-* 23:59:00 UTC", schedule("weekly", 59, 23, 7, null, "UTC").timing().onCalendar());
    }

    @Test
    void kubernetesIsACronJobThatParsesAsYaml() throws Exception {
        LocalSchedule s = schedule("weekly", 15, 3, 7, null, "Europe/Berlin");
        String text = ScheduleExports.kubernetes(input(s, null));
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(text);
        assertEquals("batch/v1", doc.get("apiVersion").asText());
        assertEquals("CronJob", doc.get("kind").asText());
        JsonNode spec = doc.get("spec");
        assertEquals("Forbid", spec.get("concurrencyPolicy").asText());
        assertEquals("15 3 * * 0", spec.get("schedule").asText());
        assertEquals("Europe/Berlin", spec.get("timeZone").asText());
        assertTrue(spec.get("startingDeadlineSeconds").asInt() > 0);
        JsonNode container = spec.at("/jobTemplate/spec/template/spec/containers/0");
        assertEquals("registry.example/vpsnap:0.1.0", container.get("image").asText());
        assertEquals(List.of("schedule", "run", "ls-1a2b"),
                new ObjectMapper().convertValue(container.get("args"), List.class));
        JsonNode key = null;
        for (JsonNode e : container.get("env")) {
            if (e.get("name").asText().equals("VPSNAP_API_KEY")) {
                key = e;
            }
            if (e.get("name").asText().equals("VPSNAP_PROVIDER")) {
                assertEquals("vpsorg", e.get("value").asText());
            }
        }
        assertEquals("api-key", key.at("/valueFrom/secretKeyRef/key").asText());
        assertFalse(key.has("value"), "the key itself is never in the manifest");
        assertEquals("vpsnap-state", spec.at("/jobTemplate/spec/template/spec/volumes/0/persistentVolumeClaim/claimName").asText());
        assertEquals("Never", spec.at("/jobTemplate/spec/template/spec/restartPolicy").asText());
    }

    @Test
    void formatsParseCaseInsensitively() {
        assertEquals(ExportFormat.KUBERNETES, ExportFormat.parse("Kubernetes"));
    }
}
