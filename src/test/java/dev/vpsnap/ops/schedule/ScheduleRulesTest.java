package dev.vpsnap.ops.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.provider.ScheduleCreate;
import org.junit.jupiter.api.Test;

class ScheduleRulesTest {
    private static ScheduleRules.Fields daily() {
        return new ScheduleRules.Fields("940", null, "daily", 15, 3, null, null, "Europe/Berlin", 7, null);
    }

    private static String refused(ScheduleRules.Fields f) {
        VpsnapException e = assertThrows(VpsnapException.class, () -> ScheduleRules.validate(f));
        assertEquals(ExitCode.USAGE, e.exitCode());
        return e.getMessage();
    }

    private static ScheduleRules.Fields with(String interval, Integer minute, Integer hour, Integer weekday, Integer day,
                                             String zone, Integer max, String prefix) {
        return new ScheduleRules.Fields("940", null, interval, minute, hour, weekday, day, zone, max, prefix);
    }

    @Test
    void validDailyIsNormalisedWithDefaults() {
        ScheduleCreate c = ScheduleRules.validate(daily());
        assertEquals(new ScheduleCreate("940", null, "DAILY", 15, 3, null, null, "Europe/Berlin", 7, "vpsnap-sched"), c);
        ScheduleCreate d = ScheduleRules.validate(with("WeEkLy", null, null, 7, null, null, 1, "nightly_db-1"));
        assertEquals(new ScheduleCreate("940", null, "WEEKLY", 0, 0, 7, null, "UTC", 1, "nightly_db-1"), d);
        ScheduleCreate m = ScheduleRules.validate(with("monthly", 59, 23, null, 28, "America/New_York", 3, null));
        assertEquals(28, m.day());
        assertNull(m.weekday());
    }

    @Test
    void hourlyTakesNoHourAndSendsZero() {
        ScheduleCreate h = ScheduleRules.validate(with("hourly", 30, null, null, null, null, 24, null));
        assertEquals(0, h.hour());
        assertNull(ScheduleRules.timing("hourly", 30, null, null, null, null).hour());
        assertTrue(refused(with("hourly", 30, 4, null, null, null, 24, null)).contains("--hour"));
    }

    @Test
    void everyFieldRuleIsAUsageErrorNamingTheOption() {
        assertTrue(refused(with("daily", 60, 3, null, null, null, 7, null)).contains("--minute must be 0-59, not 60"));
        assertTrue(refused(with("daily", -1, 3, null, null, null, 7, null)).contains("--minute"));
        assertTrue(refused(with("daily", 0, 24, null, null, null, 7, null)).contains("--hour must be 0-23"));
        assertTrue(refused(with("daily", 0, 3, 1, null, null, 7, null)).contains("--weekday applies only to a weekly"));
        assertTrue(refused(with("weekly", 0, 3, null, null, null, 7, null)).contains("needs --weekday"));
        assertTrue(refused(with("weekly", 0, 3, 0, null, null, 7, null)).contains("--weekday must be 1-7"));
        assertTrue(refused(with("weekly", 0, 3, 8, null, null, 7, null)).contains("--weekday must be 1-7"));
        assertTrue(refused(with("monthly", 0, 3, null, 29, null, 7, null)).contains("--day must be 1-28, not 29"));
        assertTrue(refused(with("monthly", 0, 3, null, null, null, 7, null)).contains("needs --day"));
        assertTrue(refused(with("daily", 0, 3, null, 5, null, 7, null)).contains("--day applies only to a monthly"));
        assertTrue(refused(with("fortnightly", 0, 3, null, null, null, 7, null)).contains("--interval"));
        assertTrue(refused(with(null, 0, 3, null, null, null, 7, null)).contains("--interval"));
        assertTrue(refused(with("daily", 0, 3, null, null, "Mars/Olympus", 7, null)).contains("--timezone"));
        assertTrue(refused(with("daily", 0, 3, null, null, "+02:00", 7, null)).contains("--timezone"));
        assertTrue(refused(with("daily", 0, 3, null, null, "UTC+2", 7, null)).contains("--timezone"));
        assertTrue(refused(with("daily", 0, 3, null, null, null, 0, null)).contains("--max-snapshots must be at least 1"));
        assertTrue(refused(with("daily", 0, 3, null, null, null, null, null)).contains("--max-snapshots"));
        assertTrue(refused(with("daily", 0, 3, null, null, null, 7, "bad prefix")).contains("--name-prefix"));
        assertTrue(refused(with("daily", 0, 3, null, null, null, 7, "snap.")).contains("--name-prefix"));
        assertTrue(refused(with("daily", 0, 3, null, null, null, 7, "x".repeat(33))).contains("--name-prefix"));
        assertTrue(refused(with("daily", 0, 3, null, null, null, 7, "")).contains("--name-prefix"));
    }

    @Test
    void exactlyOneTarget() {
        assertTrue(refused(new ScheduleRules.Fields(null, null, "daily", 0, 0, null, null, null, 1, null)).contains("exactly one"));
        assertTrue(refused(new ScheduleRules.Fields("1", "2", "daily", 0, 0, null, null, null, 1, null)).contains("exactly one"));
        assertEquals("v-9", ScheduleRules.validate(new ScheduleRules.Fields(null, "v-9", "daily", 0, 0, null, null, null, 1, null)).volumeId());
    }
}
