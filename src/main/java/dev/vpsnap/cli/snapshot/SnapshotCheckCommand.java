package dev.vpsnap.cli.snapshot;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.cli.MonitoringPlugin;
import dev.vpsnap.cli.PrometheusOption;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.ops.AgeCheck;
import dev.vpsnap.output.OutputFormat;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code snapshot check --server ID... [--name-prefix P] --warn-age DUR --crit-age DUR}: a Nagios/Icinga plugin.
 * Exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN and one status line with perfdata on stdout; every error, usage errors
 * included, is UNKNOWN (see {@link MonitoringPlugin}), never the normal exit-code table.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Monitoring plugin: is each server's newest available snapshot recent enough? Exit 0/1/2/3.")
public final class SnapshotCheckCommand extends BaseCommand implements MonitoringPlugin {
    @Option(names = "--server", paramLabel = "ID", description = "A server to check (repeatable).")
    List<String> servers = new ArrayList<>();

    @Option(names = "--name-prefix", paramLabel = "P", description = "Only snapshots whose name starts with P.")
    String namePrefix;

    @Option(names = "--warn-age", paramLabel = "DUR", description = "WARNING when the newest is older than this.")
    String warnAge;

    @Option(names = "--crit-age", paramLabel = "DUR", description = "CRITICAL when the newest is older than this (or missing).")
    String critAge;

    @Mixin
    PrometheusOption prometheus = new PrometheusOption();

    @Override
    protected int doCall() {
        prometheus.begin(this);
        if (servers.isEmpty() || warnAge == null || critAge == null) {
            throw VpsnapException.usage("--server, --warn-age and --crit-age are required");
        }
        Duration warn = duration(warnAge, "--warn-age");
        Duration crit = duration(critAge, "--crit-age");
        AgeCheck.validate(warn, crit);
        Provider p = provider();
        p.require(Capability.SNAPSHOT_LIST);
        return print(AgeCheck.evaluate(snapshotsByServer(p, servers), namePrefix, warn, crit, env().clock().instant()));
    }

    @Override
    public int unknown(String reason) {
        return print(AgeCheck.unknown(reason));
    }

    private int print(AgeCheck.Result result) {
        OutputFormat format;
        try {
            format = outputFormat();
        } catch (VpsnapException badFormat) {
            format = OutputFormat.TABLE;
        }
        if (format == OutputFormat.JSON || format == OutputFormat.YAML) {
            out().document(result, "");
        } else {
            env().out().println(result.line());
            env().out().flush();
        }
        prometheus.check(this, result, servers);
        return result.exitCode();
    }
}
