package dev.vpsnap.provider.hivelocity;

import static dev.vpsnap.provider.Capability.*;

import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.ProviderParts;
import dev.vpsnap.provider.ServerApi;
import dev.vpsnap.provider.SnapshotApi;
import dev.vpsnap.provider.ProviderContext;
import dev.vpsnap.provider.PollCadence;
import dev.vpsnap.provider.ProviderDescriptor;
import dev.vpsnap.provider.ProviderFactory;
import dev.vpsnap.provider.RequestPace;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Hivelocity API v2 (core.hivelocity.net): snapshots are per volume; async work is a task.
 *
 * <p>Quirks, and where they are handled:
 * <ul>
 *   <li>snapshots belong to a VOLUME, not a device: {@code --server} means the device's ROOT volume
 *       ({@link DeviceVolumes}), and a snapshot's server is found through its volume;</li>
 *   <li>mutations answer HTTP 201 with a task, whose {@code result} null means pending, and which names no snapshot id
 *       ({@link HivelocityOperations}, {@link HivelocityRefs}, {@link CreatedSnapshotFinder});</li>
 *   <li>sizes are GiB in requests (volume create/resize) and size lists but BYTES in responses (volumes,
 *       snapshots): {@link HivelocityMapper} copies snapshot bytes as is and turns volume bytes into GiB;</li>
 *   <li>volume resize is grow only, checked against the current size before sending ({@link HivelocityVolumes});
 *       ISO and schedule creates answer 200 with the resource, not a task ({@link HivelocityIsos},
 *       {@link HivelocitySchedules});</li>
 *   <li>{@code facilityCode} is required in create/restore bodies ({@link HivelocityClient});</li>
 *   <li>the spec documents a single error, 403 without a body; the other statuses and Flask-RESTX
 *       {@code {"message": ...}} bodies are decoded by the shared transport like every provider's.</li>
 * </ul>
 */
public final class HivelocityFactory implements ProviderFactory {
    public static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor(
            "hivelocity", "Hivelocity", "https://core.hivelocity.net/api/v2", "X-API-KEY", false, "HIVELOCITY_API_KEY",
            EnumSet.of(SERVER_LIST, SNAPSHOT_LIST, SNAPSHOT_GET, SNAPSHOT_CREATE, SNAPSHOT_RESTORE, SNAPSHOT_DELETE,
                    VOLUME_LIST, VOLUME_GET, VOLUME_SIZES, VOLUME_CREATE, VOLUME_RESIZE, VOLUME_DELETE, VOLUME_ATTACH,
                    VOLUME_DETACH, ISO_LIST, ISO_GET, ISO_CREATE, ISO_DELETE, ISO_ATTACH, ISO_DETACH, SCHEDULE_NATIVE),
            Map.of(SNAPSHOT_CREATE, "per volume (--server resolves the device's ROOT volume)",
                    VOLUME_CREATE, "GiB in, bytes out; billable", VOLUME_RESIZE, "grow only; billable",
                    SCHEDULE_NATIVE, "snapshotSchedule API, per volume; --name-prefix does not apply"),
            "task GET /network/status/{taskId}", List.of("facility_code"),
            // No limit is documented (its cluster-api provider just waits 5 minutes after any 429): adapt, as for vps.org.
            RequestPace.adaptive("no limit documented (providers.md): unpaced, bounded by --parallel, until a 429; then half"
                    + " of what was accepted, Retry-After honoured, probing back up additively"))
            // A round is one snapshot list of the facility for all pending creates (plus one volume list in a round
            // where creates finish): batched, so fine rounds; no duration is documented, 15 s apart at most.
            .withCadence(new PollCadence(Duration.ofSeconds(1), 0.125, Duration.ofSeconds(15), true,
                    "a round is one snapshot list of the facility; no duration documented"));

    static final String ID = DESCRIPTOR.id();

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Provider create(ProviderContext context) {
        HivelocityClient client = new HivelocityClient(context.transport(), context.facilityCode(), context.clientId());
        HivelocityMapper mapper = new HivelocityMapper(HivelocityFactory.ID, context.profile(), context.clock());
        DeviceVolumes volumes = new DeviceVolumes(client);
        ServerApi servers = new HivelocityServers(client, mapper);
        CreatedSnapshotFinder finder = new CreatedSnapshotFinder(client, volumes, mapper, context.sleeper());
        HivelocityOperations operations = new HivelocityOperations(client, mapper, finder, volumes);
        SnapshotApi snapshots = new HivelocitySnapshots(client, volumes, mapper, operations, finder);
        return new ProviderParts(DESCRIPTOR, servers, snapshots, operations,
                new HivelocityVolumes(client, volumes, mapper, operations),
                new HivelocityIsos(client, mapper, operations),
                new HivelocitySchedules(client, volumes, mapper));
    }
}
