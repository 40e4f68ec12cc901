package dev.vpsnap.cli;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Iso;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Schedule;
import dev.vpsnap.model.Volume;
import dev.vpsnap.model.VolumeSize;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.IsoApi;
import dev.vpsnap.provider.IsoCreate;
import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.ProviderContext;
import dev.vpsnap.provider.ProviderDescriptor;
import dev.vpsnap.provider.ProviderFactory;
import dev.vpsnap.provider.ProviderParts;
import dev.vpsnap.provider.ScheduleApi;
import dev.vpsnap.provider.ScheduleCreate;
import dev.vpsnap.provider.VolumeApi;
import dev.vpsnap.provider.VolumeCreate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A provider for CLI tests of volumes, ISOs and native schedules: every call is recorded in {@link #calls}; operations
 * start RUNNING and succeed on the first poll, so commands really wait (on the fake clock).
 */
final class FakeProvider implements ProviderFactory {
    static final Instant T0 = Instant.parse("2026-01-15T12:00:00Z");

    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final List<ScheduleCreate> scheduleCreates = new ArrayList<>();
    private final ProviderDescriptor descriptor;

    FakeProvider(String id, Set<Capability> capabilities, Map<Capability, String> notes) {
        this.descriptor = new ProviderDescriptor(id, id, "http://127.0.0.1:9/api", "X-Fake-Key", false, "FAKE_KEY",
                capabilities, notes, "fake", List.of(), new dev.vpsnap.provider.RequestPace(6000, 100, "fake: no limit"),
                java.util.regex.Pattern.compile(".+")); // any text is an id here ("v1", "i1"): names are not resolved
    }

    /** Everything: volumes (with prices), ISOs and native schedules. */
    static FakeProvider full(String id) {
        return new FakeProvider(id, EnumSet.allOf(Capability.class), Map.of());
    }

    @Override
    public ProviderDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Provider create(ProviderContext context) {
        return new ProviderParts(descriptor, null, null, new Ops(), new Volumes(), new Isos(), new Schedules());
    }

    private Operation op(String kind, String resource) {
        calls.add(kind + " " + resource);
        return new Operation(descriptor.id(), "op-" + calls.size(), kind, OperationStatus.RUNNING, resource, T0, null, null);
    }

    static Volume volume(String id, long gb) {
        return new Volume("fake", id, "data", "7", gb, "DATADISK", "available", T0);
    }

    private final class Volumes implements VolumeApi {
        @Override
        public List<Volume> list(String serverId) {
            calls.add("volume.list " + serverId);
            return List.of(volume("v1", 50), volume("v2", 100));
        }

        @Override
        public Volume get(String volumeId) {
            calls.add("volume.get " + volumeId);
            if (volumeId.equals("missing")) {
                throw new VpsnapException(ExitCode.NOT_FOUND, "volume " + volumeId + " not found");
            }
            return volume(volumeId, 50);
        }

        @Override
        public List<VolumeSize> sizes(String volumeId) {
            calls.add("volume.sizes " + volumeId);
            return List.of(new VolumeSize("fake", 100, new BigDecimal("12.50")), new VolumeSize("fake", 200, null));
        }

        @Override
        public Operation create(VolumeCreate request) {
            return op("volume.create", "new:" + request.serverId() + ":" + request.sizeGb());
        }

        @Override
        public Operation resize(String volumeId, long sizeGb) {
            return op("volume.resize", volumeId + ":" + sizeGb);
        }

        @Override
        public Operation delete(String volumeId, String serverId) {
            return op("volume.delete", volumeId);
        }

        @Override
        public Operation attach(String volumeId, String serverId) {
            return op("volume.attach", volumeId + ":" + serverId);
        }

        @Override
        public Operation detach(String volumeId, String serverId) {
            return op("volume.detach", volumeId + ":" + serverId);
        }

        @Override
        public Volume result(Operation operation) {
            calls.add("volume.result " + operation.id());
            String[] r = operation.resourceId().split(":");
            long gb = operation.kind().equals("volume.create") ? Long.parseLong(r[2])
                    : operation.kind().equals("volume.resize") ? Long.parseLong(r[1]) : 50;
            return volume(operation.kind().equals("volume.create") ? "v9" : r[0], gb);
        }
    }

    private final class Isos implements IsoApi {
        @Override
        public List<Iso> list() {
            calls.add("iso.list");
            return List.of(new Iso("fake", "i1", "debian", "https://x/d.iso", "d", true, true, "ready", 1L));
        }

        @Override
        public Iso get(String isoId) {
            calls.add("iso.get " + isoId);
            return new Iso("fake", isoId, "debian", "https://x/d.iso", "d", true, true, "ready", 1L);
        }

        @Override
        public Iso create(IsoCreate request) {
            calls.add("iso.create " + request.name() + " " + request.url() + " " + request.bootable());
            return new Iso("fake", "i9", request.name(), request.url(), request.description(), request.bootable(), false,
                    "downloading", null);
        }

        @Override
        public Operation delete(String isoId) {
            return op("iso.delete", isoId);
        }

        @Override
        public Operation attach(String isoId, String serverId) {
            return op("iso.attach", isoId + ":" + serverId);
        }

        @Override
        public Operation detach(String serverId) {
            return op("iso.detach", serverId);
        }
    }

    static Schedule schedule(String id) {
        return new Schedule("fake", id, "native", "7", "77", "daily", 15, 3, null, null, "UTC", 4, null);
    }

    private final class Schedules implements ScheduleApi {
        @Override
        public List<Schedule> list(String serverId) {
            calls.add("schedule.list " + serverId);
            return List.of(schedule("s1"));
        }

        @Override
        public Schedule get(String scheduleId) {
            calls.add("schedule.get " + scheduleId);
            return schedule(scheduleId);
        }

        @Override
        public Schedule create(ScheduleCreate request) {
            calls.add("schedule.create");
            scheduleCreates.add(request);
            return schedule("s1");
        }

        @Override
        public void delete(String scheduleId) {
            calls.add("schedule.delete " + scheduleId);
        }
    }

    private final class Ops implements OperationApi {
        @Override
        public Operation refresh(Operation operation) {
            calls.add("poll " + operation.id());
            return operation.withStatus(OperationStatus.SUCCEEDED, T0, null);
        }

        @Override
        public Operation get(String operationId) {
            throw new UnsupportedOperationException();
        }
    }
}
