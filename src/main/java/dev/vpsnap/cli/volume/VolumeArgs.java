package dev.vpsnap.cli.volume;

import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.VolumeSize;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import java.util.List;

/** What volume commands share: the {@code --size} rule and the price line of a confirmation. */
final class VolumeArgs {
    private VolumeArgs() {
    }

    /** {@code --size}: a positive whole number of GiB, else exit 2. */
    static long sizeGb(String text) {
        try {
            long gb = Long.parseLong(text.trim());
            if (gb > 0) {
                return gb;
            }
        } catch (NumberFormatException e) {
            // falls through to the one message
        }
        throw VpsnapException.usage("--size must be a positive whole number of GiB, not '" + text + "'");
    }

    /**
     * " (billed N/month)" when the provider lists a monthly price for this size (one GET of its size list, asked only
     * when a person is about to be asked), else "".
     */
    static String price(Provider p, String volumeId, long gb) {
        if (!p.supports(Capability.VOLUME_SIZES)) {
            return "";
        }
        List<VolumeSize> sizes = p.volumes().sizes(volumeId);
        return sizes.stream().filter(s -> s.sizeGb() == gb && s.monthlyPrice() != null).findFirst()
                .map(s -> " (billed " + s.monthlyPrice().toPlainString() + " a month)").orElse("");
    }
}
