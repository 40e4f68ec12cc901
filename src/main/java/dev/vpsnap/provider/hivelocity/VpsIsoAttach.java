package dev.vpsnap.provider.hivelocity;

/** Body of {@code POST /vps/{deviceId}/attachiso} (spec {@code VPSISOAttach}). */
record VpsIsoAttach(String isoId) {
}
