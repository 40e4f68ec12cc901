package dev.vpsnap.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.provider.core.CoreFactory;
import dev.vpsnap.provider.hivelocity.HivelocityFactory;
import dev.vpsnap.provider.hostinger.HostingerFactory;
import dev.vpsnap.provider.vpsorg.VpsOrgFactory;
import dev.vpsnap.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * The rate controller on its own, on a fake clock (nothing sleeps): AIMD where no limit is documented, core's documented
 * limit and block, and the process-wide sharing by endpoint host.
 */
class AdaptivePacerTest {
    private final FakeClock clock = new FakeClock();

    private Pacer adaptive() {
        return new Pacer(VpsOrgFactory.DESCRIPTOR.pace().policy(), clock, clock.sleeper());
    }

    /** {@code n} requests admitted and accepted, as the workers would send them. */
    private void send(Pacer pacer, int n) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            pacer.acquire();
            pacer.accepted();
        }
    }

    @Test
    void whereNoLimitIsDocumentedItStartsUnpaced() throws InterruptedException {
        for (Pacer p : List.of(adaptive(), new Pacer(HivelocityFactory.DESCRIPTOR.pace().policy(), clock, clock.sleeper()))) {
            send(p, 500);
            assertEquals(0, p.perSecond(), "unpaced: only --parallel bounds it");
        }
        assertEquals(List.of(), clock.sleeps(), "1000 requests, no wait");
    }

    @Test
    void theFirst429PacesAtHalfOfWhatWasAcceptedAndEachLaterOneHalvesAgain() throws InterruptedException {
        Pacer p = adaptive();
        send(p, 20);                                   // 20 accepted within the first second
        Instant sent = p.acquire();
        p.rateLimited(sent, Duration.ZERO);
        assertEquals(10.0, p.perSecond(), 1e-9, "half of the 20/s accepted");

        Instant inFlight = sent;                       // sent before the decrease, answered 429 after it
        p.rateLimited(inFlight, Duration.ZERO);
        assertEquals(10.0, p.perSecond(), 1e-9, "one decrease per congestion event");

        clock.advance(Duration.ofSeconds(3));
        Instant later = p.acquire();
        p.rateLimited(later, Duration.ZERO);
        assertEquals(5.0, p.perSecond(), 1e-9, "halved again (rate 10, never more than accepted)");
    }

    @Test
    void retryAfterPausesEveryWorkerThenTheyResumeAtThePace() throws InterruptedException {
        Pacer p = adaptive();
        send(p, 20);
        Instant t0 = clock.instant();
        p.rateLimited(p.acquire(), Duration.ofSeconds(7));   // worker A told Retry-After: 7
        assertEquals(t0.plusSeconds(7), p.pausedUntil());
        p.acquire();                                          // worker B
        p.acquire();                                          // worker C
        assertEquals(List.of(Duration.ofSeconds(7), Duration.ofMillis(100), Duration.ofMillis(100)), clock.sleeps(),
                "B waits out the 7 s A was told, then B and C go at 10/s: no burst after the pause");
    }

    @Test
    void itRecoversFastToTheRateThatDrewThe429ThenProbesPastItSlowly() throws InterruptedException {
        Pacer p = adaptive();
        send(p, 20);
        p.rateLimited(p.acquire(), Duration.ofSeconds(1));
        assertEquals(10.0, p.perSecond(), 1e-9, "half of the 20/s accepted");
        Instant resumed = p.pausedUntil();
        List<Double> rates = new ArrayList<>();
        for (int s = 1; s <= 5; s++) {
            while (clock.instant().isBefore(resumed.plusSeconds(s))) {
                send(p, 1);
            }
            rates.add(p.perSecond());
        }
        // back towards the 20/s that drew the 429: most of the gap closed within a second, not +0.25/s per second
        assertTrue(rates.get(0) >= 17.0 && rates.get(0) <= 20.0, "fast recovery: " + rates);
        assertEquals(20.0, rates.get(1), 0.2, "all but back at the last good rate after 2 s: " + rates);
        // then past it by about 5 % of the rate per second (+1/s per second at 20/s; the old constant step was 0.25)
        double probe = (rates.get(4) - rates.get(2)) / 2;
        assertTrue(probe >= 0.9 && probe <= 1.2, "the probe: " + rates);
    }

    /**
     * The whole loop on the fake clock: one worker sending as fast as the pacer lets it into a provider that admits 10
     * requests/s (a token bucket of 10, as the emulator's {@code --rate-limit 10/s}) and answers the rest 429 with a
     * whole-second {@code Retry-After}. The share of the limit used is the controller's, free of latency and JVM start.
     */
    @Test
    void behindAnUnannouncedLimitItUsesMostOfIt() throws InterruptedException {
        Pacer p = adaptive();
        double limit = 10;
        double tokens = limit;
        Instant refilled = clock.instant();
        Instant end = clock.instant().plusSeconds(120);
        int accepted = 0;
        int throttled = 0;
        while (clock.instant().isBefore(end)) {
            Instant sent = p.acquire();
            tokens = Math.min(limit, tokens + Duration.between(refilled, sent).toNanos() / 1e9 * limit);
            refilled = sent;
            if (tokens >= 1) {
                tokens -= 1;
                accepted++;
                p.accepted();
            } else {
                throttled++;
                long retryAfter = (long) Math.ceil((1 - tokens) / limit);
                p.rateLimited(sent, Duration.ofSeconds(Math.max(1, retryAfter)));
            }
            clock.advance(Duration.ofMillis(1)); // the answer takes a moment
        }
        double used = accepted / (120 * limit);
        assertTrue(used >= 0.85, "share of the 10/s limit used: " + used + " (" + throttled + " × 429)");
        assertTrue(throttled <= 40, "about one 429 every 3 s or less: " + throttled);
    }

    @Test
    void onCoreA429WithoutRetryAfterPausesEveryWorkerForTheDocumentedMinute() throws InterruptedException {
        Pacer core = new Pacer(CoreFactory.DESCRIPTOR.pace().policy(), clock, clock.sleeper());
        assertEquals(Duration.ofSeconds(60), core.blockWithoutRetryAfter().orElseThrow());
        assertTrue(adaptive().blockWithoutRetryAfter().isEmpty(), "no documented block elsewhere: the retry backoff");
    }

    @Test
    void coresPaceNeverExceeds450InAny60SecondWindowBurstIncluded() throws InterruptedException {
        Pacer core = new Pacer(CoreFactory.DESCRIPTOR.pace().policy(), clock, clock.sleeper());
        List<Instant> admitted = new ArrayList<>();
        Instant end = clock.instant().plus(Duration.ofMinutes(5));
        while (clock.instant().isBefore(end)) {
            admitted.add(core.acquire());
            core.accepted();
            if (admitted.size() == 1000) {
                clock.advance(Duration.ofSeconds(30)); // idle: the bucket refills to its burst, and no more
            }
        }
        int most = 0;
        for (int i = 0, j = 0; i < admitted.size(); i++) {
            while (j < admitted.size() && !admitted.get(j).isAfter(admitted.get(i).plusSeconds(60))) {
                j++;
            }
            most = Math.max(most, j - i);   // requests in the closed window [t_i, t_i + 60 s]
        }
        assertTrue(most <= 450, "at most 450 in any 60 s window: " + most);
        assertTrue(most >= 440, "and not far below it: " + most);
    }

    @Test
    void hostingerStartsCautiouslyAndNeverProbesAboveWhereItStarted() throws InterruptedException {
        Pacer h = new Pacer(HostingerFactory.DESCRIPTOR.pace().policy(), clock, clock.sleeper());
        assertEquals(1.0, h.perSecond(), 1e-9);
        send(h, 100);
        assertEquals(1.0, h.perSecond(), 1e-9);
        assertEquals(3, HostingerFactory.DESCRIPTOR.pace().retry().rateLimitedAttempts(), "at most 3 tries on 429");
    }

    @Test
    void profilesThatReachTheSameProviderHostShareOnePacer() {
        HttpUrl a = HttpUrl.get("http://127.0.0.1:4011/vpsorg/api/v1");
        HttpUrl sameHost = HttpUrl.get("http://127.0.0.1:4011/other/path");
        HttpUrl otherHost = HttpUrl.get("http://127.0.0.2:4011/vpsorg/api/v1");
        var pace = VpsOrgFactory.DESCRIPTOR.pace();
        Pacer first = pace.pacer("vpsorg", a, null, clock, clock.sleeper());
        assertSame(first, pace.pacer("vpsorg", sameHost, null, clock, clock.sleeper()), "a second profile, same host");
        assertNotSame(first, pace.pacer("vpsorg", otherHost, null, clock, clock.sleeper()));
        assertNotSame(first, pace.pacer("hivelocity", a, null, clock, clock.sleeper()), "another provider's API");
        assertNotSame(first, pace.pacer("vpsorg", a, 5.0, clock, clock.sleeper()), "--max-rate is its own pace");
        assertEquals(5.0, pace.pacer("vpsorg", a, 5.0, clock, clock.sleeper()).perSecond(), 1e-9);
    }
}
