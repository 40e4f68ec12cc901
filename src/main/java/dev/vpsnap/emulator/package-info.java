/**
 * A stateful emulator of the four provider APIs vpsnap talks to, on the JDK's HttpServer (JDK + Jackson only).
 *
 * <p>Entry points: {@link dev.vpsnap.emulator.Emulator#start(EmulatorConfig)}, {@code baseUrl(provider)},
 * {@code apiKey(provider)} ({@code sandbox-<provider>-key}) and {@link dev.vpsnap.emulator.FaultPlan}.
 *
 * <h2>Served endpoints (paths below each base URL)</h2>
 * <ul>
 * <li><b>hivelocity</b> ({@code /hivelocity/api/v2}, header {@code X-API-KEY}, else 403):
 *   {@code GET /vps/}, {@code GET /vps/{deviceId}}, {@code GET /vps/volume}, {@code GET /vps/volume/{volumeId}},
 *   {@code GET|POST /vps/snapshot}, {@code GET|POST|DELETE /vps/snapshot/{snapshotId}} (POST = restore; mutations
 *   201 NetworkTask), {@code GET /network/status/{taskId-or-deviceId}}.</li>
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
 *   {@code GET /core/snapshots/name-availability/{name}}.</li>
 * </ul>
 * Unknown paths answer 404 and known paths with another method 405, in each provider's error style.
 *
 * <h2>Design</h2>
 * One class per provider ({@code HivelocityApi}, {@code HostingerApi}, {@code VpsOrgApi}, {@code CoreApi}) on a
 * shared base ({@code ProviderApi}) and {@code Router}; adding an endpoint is one {@code router.route(...)} line
 * plus a handler. State lives in Jackson-serialisable classes ({@code *State}); asynchronous work is stored as
 * timestamps and applied lazily ({@code settle(now)}) from the injected clock — no background threads.
 */
package dev.vpsnap.emulator;
