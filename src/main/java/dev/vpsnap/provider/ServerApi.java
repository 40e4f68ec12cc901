package dev.vpsnap.provider;

import dev.vpsnap.model.ServerRef;
import java.util.List;

/** The account's servers / VMs / devices. */
public interface ServerApi {
    List<ServerRef> list();
}
