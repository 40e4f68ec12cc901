package dev.vpsnap.cli.iso;

import dev.vpsnap.cli.Mutation;
import dev.vpsnap.cli.MutationCommand;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.IsoCreate;
import dev.vpsnap.provider.Provider;
import java.net.URI;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code iso create --name N --url URL --description D [--bootable]}: the provider downloads it; prints the ISO. */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Add an ISO image the provider downloads from a URL.")
public final class IsoCreateCommand extends MutationCommand {
    @Option(names = "--name", required = true, paramLabel = "N", description = "Its name.")
    String name;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "Where the provider downloads it (http or https).")
    String url;

    @Option(names = "--description", required = true, paramLabel = "D", description = "Free text (required by the API).")
    String description;

    @Option(names = "--bootable", description = "The image boots a server.")
    boolean bootable;

    @Override
    protected int doCall() {
        checkUrl();
        what("iso create --name " + name);
        Mutation m = mutation();
        Provider p = m.provider(Capability.ISO_CREATE);
        return m.now(() -> p.isos().create(new IsoCreate(name, url, description, bootable)), Columns.ISO);
    }

    private void checkUrl() {
        try {
            URI u = new URI(url);
            if (("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) && u.getHost() != null) {
                return;
            }
        } catch (java.net.URISyntaxException e) {
            // one message below
        }
        throw VpsnapException.usage("--url must be an http:// or https:// URL, not '" + url + "'");
    }
}
