package dev.vpsnap.ops.schedule;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Schedule;
import dev.vpsnap.provider.KnownServers;
import dev.vpsnap.provider.ScheduleApi;
import dev.vpsnap.provider.ScheduleCreate;
import dev.vpsnap.provider.ServerApi;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The schedules vpsnap runs itself, behind the same {@link ScheduleApi} as a provider's native ones: kept in the
 * {@link ScheduleStore} of one profile and provider. Reading them needs no credentials; creating one looks its
 * server up once (an unknown server is exit 4, as everywhere). A dry run stores and deletes nothing.
 */
public final class LocalSchedules implements ScheduleApi {

    /**
     * Where local schedules live and what making one needs.
     *
     * @param lockDir the run locks' directory (beside the store's own lock)
     * @param notes   status lines for stderr
     */
    public record Home(ScheduleStore store, Path lockDir, Clock clock, Random random, Consumer<String> notes) {
    }

    private final Home home;
    private final String profile;
    private final String provider;
    private final Supplier<ServerApi> servers;
    private final boolean dryRun;

    /** @param servers the account's servers, connected only when a server must be looked up */
    public LocalSchedules(Home home, String profile, String provider, Supplier<ServerApi> servers, boolean dryRun) {
        this.home = home;
        this.profile = profile;
        this.provider = provider;
        this.servers = servers;
        this.dryRun = dryRun;
    }

    public Home home() {
        return home;
    }

    public ScheduleStore store() {
        return home.store();
    }

    /** This profile's and provider's schedules (what list and {@code run --due} see). */
    public boolean ours(LocalSchedule s) {
        return s.provider().equals(provider) && Objects.equals(s.profile(), profile);
    }

    /** The local schedule {@code id} (of any profile), else exit 4. */
    public LocalSchedule find(String id) {
        ScheduleStore store = home.store();
        return store.find(id).orElseThrow(() -> new VpsnapException(ExitCode.NOT_FOUND, "no local schedule " + id,
                null, null, "'vpsnap schedule list' shows them (" + store.file() + ")", null));
    }

    @Override
    public List<Schedule> list(String serverId) {
        return home.store().all().stream().filter(this::ours)
                .filter(s -> serverId == null || serverId.equals(s.serverId()))
                .map(LocalSchedule::toSchedule).toList();
    }

    @Override
    public Schedule get(String scheduleId) {
        return find(scheduleId).toSchedule();
    }

    @Override
    public Schedule create(ScheduleCreate req) {
        if (req.serverId() == null) {
            throw VpsnapException.usage(provider + " schedules are local and snapshot a server: pass --server ID, not --volume");
        }
        KnownServers.requireKnown(servers.get(), provider, req.serverId());
        if (dryRun) {
            home.notes().accept("dry run: local schedule not stored");
            return draft(req, "ls-new").toSchedule();
        }
        List<LocalSchedule> all = home.store().update(list -> {
            Set<String> taken = list.stream().map(LocalSchedule::id).collect(Collectors.toSet());
            String id;
            do {
                id = String.format(Locale.ROOT, "ls-%04x", home.random().nextInt(0x10000));
            } while (taken.contains(id));
            list.add(draft(req, id));
            return list;
        });
        LocalSchedule created = all.get(all.size() - 1);
        home.notes().accept("local schedule " + created.id() + " stored in " + home.store().file()
                + "; nothing runs it yet: see 'vpsnap schedule export " + created.id()
                + " --format crontab|systemd|kubernetes'");
        return created.toSchedule();
    }

    @Override
    public void delete(String scheduleId) {
        find(scheduleId);
        if (dryRun) {
            home.notes().accept("dry run: local schedule " + scheduleId + " not deleted");
            return;
        }
        home.store().update(list -> {
            list.removeIf(l -> l.id().equals(scheduleId));
            return list;
        });
    }

    private LocalSchedule draft(ScheduleCreate req, String id) {
        Interval i = Interval.valueOf(req.interval());
        return new LocalSchedule(id, profile, provider, req.serverId(), i.lower(), req.minute(),
                i == Interval.HOURLY ? null : req.hour(), req.weekday(), req.day(), req.timezone(), req.maxSnapshots(),
                req.namePrefix(), home.clock().instant(), null, null);
    }
}
