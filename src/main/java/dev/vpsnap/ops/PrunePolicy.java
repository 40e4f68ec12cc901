package dev.vpsnap.ops;

import dev.vpsnap.error.VpsnapException;
import java.time.Duration;

/**
 * What {@code snapshot prune} keeps, restic-style. Counts of 0 switch a rule off; {@code keepWithin} null switches it
 * off. Only snapshots whose name starts with {@code namePrefix} are candidates at all.
 */
public record PrunePolicy(String namePrefix, int keepLast, int keepHourly, int keepDaily, int keepWeekly,
                          int keepMonthly, Duration keepWithin) {

    public PrunePolicy {
        if (namePrefix == null || namePrefix.isEmpty()) {
            throw VpsnapException.usage("--name-prefix is required and must not be empty");
        }
        for (int n : new int[]{keepLast, keepHourly, keepDaily, keepWeekly, keepMonthly}) {
            if (n < 0) {
                throw VpsnapException.usage("keep counts must be 0 or more");
            }
        }
    }

    /** No keep rule at all: pruning would delete everything but the newest, which is refused. */
    public boolean isEmpty() {
        return keepLast == 0 && keepHourly == 0 && keepDaily == 0 && keepWeekly == 0 && keepMonthly == 0
                && (keepWithin == null || keepWithin.isZero());
    }

    public boolean matches(String name) {
        return name != null && name.startsWith(namePrefix);
    }
}
