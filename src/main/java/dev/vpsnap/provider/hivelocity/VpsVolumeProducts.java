package dev.vpsnap.provider.hivelocity;

import java.math.BigDecimal;
import java.util.List;

/**
 * Wire shape of the spec's {@code VPSAvailableNewVolumeSizes} / {@code VPSAvailableUpgradeSizes}
 * ({@code GET /vps/available-volume-sizes}, {@code GET /vps/volume/{id}/available-sizes}): the same object, a list of
 * {@code VPSVolumeProduct}s whose {@code size} is GiB (unlike a volume's, which is bytes).
 */
record VpsVolumeProducts(List<Product> volumeProducts) {

    record Product(Long size, BigDecimal monthlyPrice) {
    }
}
