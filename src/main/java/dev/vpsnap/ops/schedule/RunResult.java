package dev.vpsnap.ops.schedule;

import dev.vpsnap.model.Snapshot;
import java.time.Instant;
import java.util.List;

/**
 * One schedule's run, as {@code schedule run} prints it:
 * {@code {"schedule":id,"ok":true,"snapshot":{…},"deleted":[ids],"missed":N,"lastRunAt":…,"skipped":false,"error":null}}.
 *
 * @param lastRunAt the previous run's time (what {@code missed} was counted from), null for a first run
 * @param skipped   true when nothing was done: another process holds the schedule's lock, or it is no longer due
 */
public record RunResult(String schedule, boolean ok, Snapshot snapshot, List<String> deleted, int missed,
                        Instant lastRunAt, boolean skipped, RunError error) {

    /** A failed run's exit code and one-line message ({@code "error":{"exitCode":7,"message":"…"}}). */
    public record RunError(int exitCode, String message) {
    }
}
