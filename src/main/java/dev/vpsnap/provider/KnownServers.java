package dev.vpsnap.provider;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.Schedule;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.Volume;
import dev.vpsnap.model.VolumeSize;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The unknown-server rule, in one place (cli.md "Verdicts"): a server id that names nothing is exit 4,
 * {@code server ID not found}, never an empty list. It costs at most one extra request ({@link ServerApi#exists}),
 * and only when the answer would otherwise be empty — an empty list about a server — or a failure (404, or a
 * rejection) of a request about one; a server once seen to exist is not looked up again in the run. Every provider the composition root connects is wrapped in it, so no command
 * repeats it.
 */
public final class KnownServers implements Provider {
    private final Provider inner;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    private KnownServers(Provider inner) {
        this.inner = inner;
    }

    public static Provider wrap(Provider p) {
        return p instanceof KnownServers ? p : new KnownServers(p);
    }

    /** After an empty answer about {@code serverId}: one lookup; an unknown server is exit 4. */
    private <T> List<T> nonEmpty(String serverId, List<T> answer) {
        if (serverId != null && answer.isEmpty() && !exists(serverId)) {
            throw notFound(inner.id(), serverId, null);
        }
        return answer;
    }

    /** The server as the reason of a failed request about it, when it is unknown (one lookup); else the failure. */
    private VpsnapException explained(String serverId, VpsnapException failure) {
        boolean telling = failure.exitCode() == ExitCode.NOT_FOUND || failure.exitCode() == ExitCode.REJECTED;
        if (serverId == null || !telling || failure instanceof Unknown) {
            return failure;
        }
        try {
            return exists(serverId) ? failure : notFound(inner.id(), serverId, failure);
        } catch (VpsnapException lookupFailed) {
            return failure;
        }
    }

    /** Whether the server exists; a server seen to exist is not looked up again in this run (reconciliation lists often). */
    private boolean exists(String serverId) {
        if (known.contains(serverId)) {
            return true;
        }
        boolean found = inner.servers().exists(serverId);
        if (found) {
            known.add(serverId);
        }
        return found;
    }

    /** A local check (no provider answer to go by): one lookup, exit 4 when the server is unknown. */
    public static void requireKnown(ServerApi servers, String provider, String serverId) {
        if (!servers.exists(serverId)) {
            throw notFound(provider, serverId, null);
        }
    }

    private static VpsnapException notFound(String provider, String serverId, VpsnapException cause) {
        return new Unknown(provider, serverId, cause);
    }

    /** The rule's own verdict (never explained twice). */
    private static final class Unknown extends VpsnapException {
        Unknown(String provider, String serverId, VpsnapException cause) {
            super(ExitCode.NOT_FOUND, "server " + serverId + " not found", provider,
                    cause == null ? null : cause.httpStatus(), "'vpsnap server list' shows the account's servers", cause);
        }
    }

    private <T> T about(String serverId, Supplier<T> call) {
        try {
            return call.get();
        } catch (VpsnapException e) {
            throw explained(serverId, e);
        }
    }

    private <T> List<T> listOf(String serverId, Supplier<List<T>> call) {
        return nonEmpty(serverId, about(serverId, call));
    }

    @Override
    public ProviderDescriptor descriptor() {
        return inner.descriptor();
    }

    @Override
    public void require(Capability c) {
        inner.require(c);
    }

    @Override
    public ServerApi servers() {
        return inner.servers();
    }

    @Override
    public OperationApi operations() {
        return inner.operations();
    }

    @Override
    public IsoApi isos() {
        return inner.isos();
    }

    @Override
    public SnapshotApi snapshots() {
        SnapshotApi s = inner.snapshots();
        return new SnapshotApi() {
            @Override
            public List<Snapshot> list(String serverId) {
                return listOf(serverId, () -> s.list(serverId));
            }

            @Override
            public Snapshot get(String snapshotId, String serverId) {
                return about(serverId, () -> s.get(snapshotId, serverId));
            }

            @Override
            public Operation create(SnapshotCreate request) {
                return about(request.serverId(), () -> s.create(request));
            }

            @Override
            public Operation create(SnapshotCreate request, List<Snapshot> serverSnapshots) {
                return about(request.serverId(), () -> s.create(request, serverSnapshots));
            }

            @Override
            public Operation restore(SnapshotRestore request) {
                return about(request.serverId(), () -> s.restore(request));
            }

            @Override
            public Operation delete(String snapshotId, String serverId) {
                return about(serverId, () -> s.delete(snapshotId, serverId));
            }

            @Override
            public boolean createOverwrites() {
                return s.createOverwrites();
            }

            @Override
            public boolean createCountsServerSnapshots() {
                return s.createCountsServerSnapshots();
            }

            @Override
            public void willCreateOn(List<String> servers) {
                s.willCreateOn(servers);
            }

            @Override
            public String unnamedReason() {
                return s.unnamedReason();
            }

            @Override
            public Snapshot created(Operation createOperation) {
                return s.created(createOperation);
            }
        };
    }

    @Override
    public VolumeApi volumes() {
        VolumeApi v = inner.volumes();
        return new VolumeApi() {
            @Override
            public List<Volume> list(String serverId) {
                return listOf(serverId, () -> v.list(serverId));
            }

            @Override
            public Volume get(String volumeId) {
                return v.get(volumeId);
            }

            @Override
            public List<VolumeSize> sizes(String volumeId) {
                return v.sizes(volumeId);
            }

            @Override
            public Operation create(VolumeCreate request) {
                return about(request.serverId(), () -> v.create(request));
            }

            @Override
            public Operation resize(String volumeId, long sizeGb) {
                return v.resize(volumeId, sizeGb);
            }

            @Override
            public Operation delete(String volumeId, String serverId) {
                return about(serverId, () -> v.delete(volumeId, serverId));
            }

            @Override
            public Operation attach(String volumeId, String serverId) {
                return about(serverId, () -> v.attach(volumeId, serverId));
            }

            @Override
            public Operation detach(String volumeId, String serverId) {
                return about(serverId, () -> v.detach(volumeId, serverId));
            }

            @Override
            public Volume result(Operation operation) {
                return v.result(operation);
            }
        };
    }

    @Override
    public ScheduleApi schedules() {
        ScheduleApi s = inner.schedules();
        return new ScheduleApi() {
            @Override
            public List<Schedule> list(String serverId) {
                return listOf(serverId, () -> s.list(serverId));
            }

            @Override
            public Schedule get(String scheduleId) {
                return s.get(scheduleId);
            }

            @Override
            public Schedule create(ScheduleCreate request) {
                return about(request.serverId(), () -> s.create(request));
            }

            @Override
            public void delete(String scheduleId) {
                s.delete(scheduleId);
            }
        };
    }
}
