package dev.vpsnap.provider.hivelocity;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.transport.DryRunStop;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The volume ↔ device relation. Hivelocity snapshots belong to a VOLUME and carry no device id, so everything that
 * speaks of a server ({@code --server}, {@code serverId} in output) goes through here: a server snapshot means a
 * snapshot of the device's {@code ROOT} volume (its {@code DATADISK}s are snapshotted only when named with
 * {@code --volume}).
 */
final class DeviceVolumes {
    private static final Pattern DEVICE_ID = Pattern.compile("[0-9]{1,18}");

    private final HivelocityClient client;

    DeviceVolumes(HivelocityClient client) {
        this.client = client;
    }

    /** A {@code --server} value as Hivelocity's integer deviceId, refused (exit 2) before anything is sent. */
    static long deviceId(String serverId) {
        if (serverId == null || !DEVICE_ID.matcher(serverId.trim()).matches()) {
            throw VpsnapException.usage("hivelocity server ids are numeric deviceIds, got '" + serverId + "'");
        }
        return Long.parseLong(serverId.trim());
    }

    /** {@code GET /vps/volume?deviceId=N}, keeping only volumes that really are on that device. */
    List<VpsVolume> of(long deviceId) {
        return client.volumes(deviceId).stream()
                .filter(v -> v.volumeId() != null && (v.deviceId() == null || v.deviceId() == deviceId))
                .toList();
    }

    /** From this many devices one facility-wide volume list replaces one list per device. */
    static final int FACILITY_LIST_FROM = 10;

    /** ROOT volumes looked up ahead for the creates of a fan-out ({@link #prefetchRoots}); each is used once. */
    private final Map<Long, String> prefetchedRoots = new ConcurrentHashMap<>();

    /**
     * The ROOT volume of each of {@code servers}, from ONE volume list of the facility, for the creates that follow
     * ({@link #rootOf} takes each once). Fewer than {@value #FACILITY_LIST_FROM} servers, an id that is not a deviceId,
     * or a list that fails: nothing is kept, and each create lists its own device as before.
     */
    void prefetchRoots(List<String> servers) {
        if (servers.size() < FACILITY_LIST_FROM) {
            return;
        }
        Set<Long> wanted = new HashSet<>();
        try {
            servers.forEach(s -> wanted.add(deviceId(s)));
            for (VpsVolume v : client.volumes(null)) {
                if (v.volumeId() != null && v.deviceId() != null && v.isRoot() && wanted.contains(v.deviceId())) {
                    prefetchedRoots.putIfAbsent(v.deviceId(), v.volumeId());
                }
            }
        } catch (VpsnapException | DryRunStop notNow) {
            prefetchedRoots.clear();
        }
    }

    /** The device's ROOT volume id; exit 4 when it has none. */
    String rootOf(long deviceId) {
        String prefetched = prefetchedRoots.remove(deviceId);
        if (prefetched != null) {
            return prefetched;
        }
        return of(deviceId).stream().filter(VpsVolume::isRoot).map(VpsVolume::volumeId).findFirst()
                .orElseThrow(() -> HivelocityErrors.of(ExitCode.NOT_FOUND,
                        "hivelocity device " + deviceId + " has no ROOT volume to snapshot",
                        "run 'vpsnap volume list --server " + deviceId + "' and pass --volume ID"));
    }

    /** volumeId → deviceId (as text) for every volume visible with the configured facility/client scope. */
    Map<String, String> devicesByVolume() {
        Map<String, String> byVolume = new HashMap<>();
        for (VpsVolume v : client.volumes(null)) {
            if (v.volumeId() != null && v.deviceId() != null) {
                byVolume.put(v.volumeId(), HivelocityMapper.id(v.deviceId()));
            }
        }
        return byVolume;
    }

    /**
     * Things that belong to a volume (snapshots, schedules), each mapped with the device its volume is on. All of
     * them ({@code serverId} null: devices from the volume list), or one device's: its volumes, then the things
     * fetched with that {@code deviceId}, keeping only those of its volumes (so a filter the API ignored, or a volume
     * since detached, cannot attribute one to the wrong server).
     */
    <T, R> List<R> attributed(String serverId, Function<Long, List<T>> fetch, Function<T, String> volumeOf,
                              BiFunction<T, String, R> map) {
        if (serverId == null) {
            Map<String, String> devices = devicesByVolume();
            return fetch.apply(null).stream().map(t -> map.apply(t, devices.get(volumeOf.apply(t)))).toList();
        }
        long deviceId = deviceId(serverId);
        Set<String> own = of(deviceId).stream().map(VpsVolume::volumeId).collect(Collectors.toSet());
        String device = String.valueOf(deviceId);
        return fetch.apply(deviceId).stream()
                .filter(t -> own.contains(volumeOf.apply(t)))
                .map(t -> map.apply(t, device))
                .toList();
    }

    /** The device a volume is attached to, or null when the volume is gone or detached. */
    String deviceOf(String volumeId) {
        if (!HivelocityClient.isPathId(volumeId)) {
            return null;
        }
        try {
            return HivelocityMapper.id(client.volume(volumeId).deviceId());
        } catch (VpsnapException e) {
            if (e.exitCode() == ExitCode.NOT_FOUND) {
                return null; // a snapshot may outlive its volume; its server is then unknown, not an error
            }
            throw e;
        }
    }
}
