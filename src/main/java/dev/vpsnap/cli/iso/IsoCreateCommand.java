package dev.vpsnap.cli.iso;

import dev.vpsnap.cli.OperationCommand;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Iso;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.IsoCreate;
import dev.vpsnap.provider.Provider;
import java.net.URI;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code iso create --name N --url URL --description D [--bootable]}: the provider downloads it; prints the ISO. */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Add an ISO image the provider downloads from a URL.")
public final class IsoCreateCommand extends OperationCommand {
    @Option(names = "--name", required = true, paramLabel = "N", description = "Its name.")
    String name;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "Where the provider downloads it (http or https).")
    String url;

    @Option(names = "--description", required = true, paramLabel = "D", description = "Free text (required by the API).")
    String description;

    @Option(names = "--bootable", description = "The image boots a server.")
    boolean bootable;

    @Option(names = "--dry-run", description = "Send no change; print the request as a curl line.")
    boolean dryRun;

    @Override
    protected int doCall() {
        checkUrl();
        what("iso create --name " + name);
        Provider p = provider(Capability.ISO_CREATE, dryRun);
        Iso iso = sendOrDryRun(() -> p.isos().create(new IsoCreate(name, url, description, bootable)));
        if (iso != null) {
            out().single(iso, Columns.ISO);
        }
        return 0;
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
