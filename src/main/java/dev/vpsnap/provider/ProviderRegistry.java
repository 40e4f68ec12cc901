package dev.vpsnap.provider;

import dev.vpsnap.provider.core.CoreFactory;
import dev.vpsnap.provider.hivelocity.HivelocityFactory;
import dev.vpsnap.provider.hostinger.HostingerFactory;
import dev.vpsnap.provider.vpsorg.VpsOrgFactory;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The explicit list of providers: a map, no classpath scanning. */
public final class ProviderRegistry {
    private final Map<String, ProviderFactory> factories = new LinkedHashMap<>();

    public ProviderRegistry(ProviderFactory... list) {
        for (ProviderFactory f : list) {
            factories.put(f.descriptor().id(), f);
        }
    }

    public static ProviderRegistry standard() {
        return new ProviderRegistry(new HivelocityFactory(), new HostingerFactory(), new VpsOrgFactory(), new CoreFactory());
    }

    public ProviderFactory get(String id) {
        ProviderFactory f = factories.get(id);
        if (f == null) {
            throw dev.vpsnap.error.VpsnapException.usage("unknown provider '" + id + "' (expected one of: "
                    + String.join(", ", factories.keySet()) + ")");
        }
        return f;
    }

    public Collection<ProviderFactory> all() {
        return factories.values();
    }
}
