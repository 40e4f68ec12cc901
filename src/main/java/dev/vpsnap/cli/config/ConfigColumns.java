package dev.vpsnap.cli.config;

import dev.vpsnap.config.ProfileRow;
import dev.vpsnap.config.ProfileView;
import dev.vpsnap.output.Column;
import dev.vpsnap.output.Columns;
import java.util.List;

/** Table columns of the config views. */
final class ConfigColumns {
    private ConfigColumns() {
    }

    static final Columns<ProfileRow> ROW = new Columns<>(List.of(
            Column.of("NAME", ProfileRow::name),
            Column.of("PROVIDER", ProfileRow::provider),
            Column.of("ENDPOINT", r -> r.endpoint() == null ? "(default)" : r.endpoint()),
            Column.of("DEFAULT", r -> r.isDefault() ? "*" : "")));

    static final Columns<ProfileView> VIEW = new Columns<>(List.of(
            Column.of("NAME", ProfileView::name),
            Column.of("PROVIDER", ProfileView::provider),
            Column.of("ENDPOINT", ProfileView::endpoint),
            Column.of("FACILITY", ProfileView::facilityCode),
            Column.of("CLIENT", ProfileView::clientId),
            Column.of("KEY FROM", v -> v.apiKeyCommand() != null ? "command: " + v.apiKeyCommand()
                    : v.apiKeyEnv() != null ? "env: " + v.apiKeyEnv() : v.apiKey() != null ? "api_key (" + v.apiKey() + ")" : null),
            Column.of("DEFAULT", v -> v.isDefault() ? "*" : ""),
            Column.wide("OUTPUT", ProfileView::output)));
}
