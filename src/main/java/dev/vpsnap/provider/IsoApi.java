package dev.vpsnap.provider;

import dev.vpsnap.model.Iso;
import dev.vpsnap.model.Operation;
import java.util.List;

/** Installable ISO images and attaching them to servers. */
public interface IsoApi {
    List<Iso> list();

    Iso get(String isoId);

    /** Synchronous where the provider answers with the ISO itself (Hivelocity: 200 + VPSISO). */
    Iso create(IsoCreate request);

    Operation delete(String isoId);

    Operation attach(String isoId, String serverId);

    Operation detach(String serverId);
}
