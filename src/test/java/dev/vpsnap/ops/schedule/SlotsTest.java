package dev.vpsnap.ops.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlotsTest {
    private static Timing t(String interval, int minute, Integer hour, Integer weekday, Integer day, String zone) {
        return ScheduleRules.timing(interval, minute, hour, weekday, day, zone);
    }

    private static Instant at(String s) {
        return Instant.parse(s);
    }

    @Test
    void latestSlotPerInterval() {
        Instant now = at("2026-01-15T12:00:00Z"); // a Thursday
        assertEquals(at("2026-01-15T11:45:00Z"), Slots.latestAtOrBefore(t("hourly", 45, null, null, null, "UTC"), now));
        assertEquals(at("2026-01-15T12:00:00Z"), Slots.latestAtOrBefore(t("hourly", 0, null, null, null, "UTC"), now));
        assertEquals(at("2026-01-15T02:15:00Z"), Slots.latestAtOrBefore(t("daily", 15, 3, null, null, "Europe/Berlin"), now));
        assertEquals(at("2026-01-14T13:00:00Z"), Slots.latestAtOrBefore(t("daily", 0, 13, null, null, "UTC"), now));
        assertEquals(at("2026-01-12T03:00:00Z"), Slots.latestAtOrBefore(t("weekly", 0, 3, 1, null, "UTC"), now));
        assertEquals(at("2026-01-08T13:00:00Z"), Slots.latestAtOrBefore(t("weekly", 0, 13, 4, null, "UTC"), now));
        assertEquals(at("2026-01-15T03:00:00Z"), Slots.latestAtOrBefore(t("weekly", 0, 3, 4, null, "UTC"), now));
        assertEquals(at("2026-01-05T00:30:00Z"), Slots.latestAtOrBefore(t("monthly", 30, 0, null, 5, "UTC"), now));
        assertEquals(at("2025-12-20T00:30:00Z"), Slots.latestAtOrBefore(t("monthly", 30, 0, null, 20, "UTC"), now));
        // half-hour zone: hourly at local minute 0 is :30 UTC
        assertEquals(at("2026-01-15T11:30:00Z"), Slots.latestAtOrBefore(t("hourly", 0, null, null, null, "Asia/Kolkata"), now));
    }

    @Test
    void dueAndMissedWithAFakeClock() {
        FakeClock clock = new FakeClock(at("2026-01-15T02:00:00Z"));
        Timing daily = t("daily", 0, 3, null, null, "UTC");
        Instant created = clock.instant();
        assertFalse(Slots.due(daily, null, created, clock.instant()).due(), "created before today's slot: nothing yet");
        clock.advance(Duration.ofHours(1));
        Slots.Due d = Slots.due(daily, null, created, clock.instant());
        assertTrue(d.due());
        assertEquals(0, d.missed());
        Instant ran = clock.instant().plusSeconds(5);
        clock.advance(Duration.ofHours(2));
        assertFalse(Slots.due(daily, ran, created, clock.instant()).due(), "ran after the slot: not due again");
        clock.advance(Duration.ofDays(3)); // 2026-01-18T06:00: slots 16th, 17th, 18th passed
        Slots.Due late = Slots.due(daily, ran, created, clock.instant());
        assertTrue(late.due());
        assertEquals(2, late.missed());
        assertEquals(at("2026-01-18T03:00:00Z"), late.latestSlot());
    }

    @Test
    void dailyFiresOnceOnDstDaysInItsZone() {
        Timing daily = t("daily", 30, 2, null, null, "Europe/Berlin");
        // spring forward 2026-03-29: 02:30 does not exist, fires at 03:30 CEST = 01:30Z
        assertEquals(at("2026-03-29T01:30:00Z"), Slots.latestAtOrBefore(daily, at("2026-03-29T12:00:00Z")));
        assertEquals(at("2026-03-28T01:30:00Z"), Slots.latestAtOrBefore(daily, at("2026-03-29T01:29:00Z")));
        // last run on the 28th (CET), now the 30th (CEST): slots on the 29th and 30th: one due, one missed
        Slots.Due d = Slots.due(daily, at("2026-03-28T01:31:00Z"), null, at("2026-03-30T12:00:00Z"));
        assertEquals(1, d.missed());
        assertEquals(at("2026-03-30T00:30:00Z"), d.latestSlot());
        // fall back 2026-10-25: 02:30 happens twice, the slot is the first (CEST, 00:30Z), once
        assertEquals(2, Slots.countBetween(daily, at("2026-10-24T01:00:00Z"), at("2026-10-26T06:00:00Z")));
        assertEquals(at("2026-10-25T00:30:00Z"), Slots.latestAtOrBefore(daily, at("2026-10-25T05:00:00Z")));
    }

    @Test
    void hourlyAcrossFallBackCountsEveryRealHour() {
        Timing hourly = t("hourly", 0, null, null, null, "Europe/Berlin");
        // 2026-10-25 00:00Z..04:00Z spans the repeated local hour: four instants at local minute 0 after 00:00Z
        assertEquals(4, Slots.countBetween(hourly, at("2026-10-25T00:00:00Z"), at("2026-10-25T04:00:00Z")));
    }

    @Test
    void weeklyAndMonthlyMissedCounts() {
        Timing weekly = t("weekly", 0, 3, 7, null, "UTC"); // Sundays
        assertEquals(4, Slots.countBetween(weekly, at("2026-01-01T00:00:00Z"), at("2026-01-31T00:00:00Z")));
        Timing monthly = t("monthly", 0, 0, null, 28, "UTC");
        assertEquals(3, Slots.due(monthly, at("2025-10-28T01:00:00Z"), null, at("2026-02-28T00:00:00Z")).missed());
    }
}
