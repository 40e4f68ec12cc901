/**
 * A stateful emulator of the four provider APIs vpsnap talks to, on the JDK's HttpServer (JDK + Jackson only).
 *
 * <p>Entry points: {@link dev.vpsnap.emulator.Emulator#start(EmulatorConfig)}, {@code baseUrl(provider)},
 * {@code apiKey(provider)} ({@code sandbox-<provider>-key}) and {@link dev.vpsnap.emulator.FaultPlan}.
 *
 * <h2>Served endpoints (paths below each base URL)</h2>
 * <ul>
 * <li><b>hivelocity</b> ({@code /hivelocity/api/v2}, header {@code X-API-KEY}, else 403):
 *   {@code GET /vps/}, {@code GET /vps/{deviceId}},
 *   {@code GET|POST /vps/snapshot}, {@code GET|POST|DELETE /vps/snapshot/{snapshotId}} (POST = restore),
 *   {@code GET|POST /vps/volume}, {@code GET|PUT|DELETE /vps/volume/{volumeId}} (PUT = grow; DELETE takes a JSON body
 *   {@code {deviceId?}}), {@code GET /vps/volume/{volumeId}/available-sizes}, {@code GET /vps/available-volume-sizes},
 *   {@code POST /vps/{deviceId}/volume/{volumeId}/attach|detach},
 *   {@code GET|POST /vps/iso}, {@code GET|DELETE /vps/iso/{isoId}}, {@code POST /vps/{deviceId}/attachiso|detachiso},
 *   {@code GET|POST /vps/snapshotSchedule}, {@code GET|DELETE /vps/snapshotSchedule/{id}} (schedules also run),
 *   {@code GET /network/status/{taskId-or-deviceId}}. Mutations answer 201 NetworkTask, except ISO and schedule
 *   create (200 with the object) and schedule delete (204).</li>
 * <li><b>hostinger</b> ({@code /hostinger}, {@code Authorization: Bearer}, else 401):
 *   {@code GET /api/vps/v1/virtual-machines}, {@code GET .../virtual-machines/{id}},
 *   {@code GET|POST|DELETE .../{id}/snapshot}, {@code POST .../{id}/snapshot/restore},
 *   {@code GET .../{id}/actions?page=N}, {@code GET .../{id}/actions/{actionId}}.</li>
 * <li><b>vpsorg</b> ({@code /vpsorg/api/v1}, {@code Authorization: Bearer}, else 401; trailing slashes required):
 *   {@code GET /servers/}, {@code GET /servers/{id}/}, {@code GET /account/me/}, {@code GET|POST /snapshots/},
 *   {@code POST /snapshots/{id}/restore/}, {@code DELETE /snapshots/{id}/}.</li>
 * <li><b>core</b> ({@code /core/v1}, header {@code api_key}, else 401): {@code GET /core/virtual-machines},
 *   {@code GET /core/virtual-machines/{vm_id}}, {@code POST /core/virtual-machines/{vm_id}/snapshots},
 *   {@code GET /core/snapshots}, {@code GET|DELETE /core/snapshots/{id}}, {@code POST /core/snapshots/{id}/restore},
 *   {@code GET /core/snapshots/name-availability/{name}}, {@code GET|POST /core/volumes},
 *   {@code GET|PATCH|DELETE /core/volumes/{volume_id}}, {@code GET /core/volume-types},
 *   {@code POST /core/virtual-machines/{vm_id}/attach-volumes|detach-volumes}.</li>
 * </ul>
 * Unknown paths answer 404 and known paths with another method 405, in each provider's error style.
 *
 * <h2>Design</h2>
 * One class per provider ({@code HivelocityApi}, {@code HostingerApi}, {@code VpsOrgApi}, {@code CoreApi}) on a
 * shared base ({@code ProviderApi}) and {@code Router}; adding an endpoint is one {@code router.route(...)} line
 * plus a handler. Larger resource families live in their own class on the provider's router and helpers
 * ({@code HivelocityVolumes}, {@code HivelocityIsos}, {@code HivelocitySchedules}, {@code CoreVolumes}).
 * State lives in Jackson-serialisable classes ({@code *State}); asynchronous work is stored as
 * timestamps and applied lazily ({@code settle(now)}) from the injected clock — no background threads.
 */
package dev.vpsnap.emulator;
