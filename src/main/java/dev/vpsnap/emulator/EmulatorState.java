package dev.vpsnap.emulator;

/**
 * Everything the emulator knows, serialised as one JSON document when a state file is used.
 * Entity classes have public fields and no-arg constructors so Jackson can (de)serialise them directly.
 * Asynchronous work is stored as timestamps (start, due time), never as running threads, so it survives restarts.
 */
final class EmulatorState {
    public int version = 1;
    public long seed;
    public HivelocityState hivelocity = new HivelocityState();
    public HostingerState hostinger = new HostingerState();
    public VpsOrgState vpsorg = new VpsOrgState();
    public CoreState core = new CoreState();
}
