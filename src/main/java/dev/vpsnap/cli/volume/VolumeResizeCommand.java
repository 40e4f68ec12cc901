package dev.vpsnap.cli.volume;

import dev.vpsnap.cli.Mutation;
import dev.vpsnap.cli.MutationCommand;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Volume;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code volume resize VOLUME_ID --size GB}: grow only, billable. The adapter refuses a size not larger than the
 * current one before sending (exit 2); on a TTY the question names both sizes and the new monthly price.
 */
@Command(name = "resize", mixinStandardHelpOptions = true, description = "Grow a volume (billable; grow only).")
public final class VolumeResizeCommand extends MutationCommand {
    @Parameters(paramLabel = "VOLUME_ID", description = "The volume.")
    String volumeId;

    @Option(names = "--size", required = true, paramLabel = "GB", description = "The new size in whole GiB (larger than now).")
    String size;

    @Override
    protected int doCall() {
        long gb = VolumeArgs.sizeGb(size);
        what("volume resize " + volumeId);
        Mutation m = mutation();
        Provider p = m.provider(Capability.VOLUME_RESIZE);
        m.confirm("grow volume " + volumeId, () -> {
            Volume v = p.volumes().get(volumeId);
            if (v.sizeGb() != null && gb <= v.sizeGb()) {
                throw VpsnapException.usage("volume " + volumeId + " is " + v.sizeGb() + " GiB; --size must be larger (volumes only grow)");
            }
            return " from " + v.sizeGb() + " GiB to " + gb + " GiB" + VolumeArgs.price(p, volumeId, gb);
        }, "The provider bills the new size; volumes cannot shrink.");
        return m.run(() -> p.volumes().resize(volumeId, gb), done -> p.volumes().result(done), Columns.VOLUME);
    }
}
