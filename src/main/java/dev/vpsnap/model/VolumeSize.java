package dev.vpsnap.model;

import java.math.BigDecimal;

/** A size a volume can be created with (or grown to), and its monthly price where the provider says. */
public record VolumeSize(String provider, long sizeGb, BigDecimal monthlyPrice) {
}
