/**
 * The composition root. {@link dev.vpsnap.app.Connector} alone builds transports (the derived OkHttp client, auth,
 * pacer, dry-run sink) and the sandbox emulator, and wires provider adapters onto them: the CLI's
 * {@code cli.Session}, the tests' {@code TestTransport} and the training run all come through it. A provider it
 * connects checks capability before credentials ({@code LazyProvider}), applies the unknown-server rule
 * ({@link dev.vpsnap.provider.KnownServers}) and answers {@code schedules()} with vpsnap's local schedules where the
 * provider has none of its own ({@link dev.vpsnap.ops.schedule.LocalSchedules}).
 */
package dev.vpsnap.app;
