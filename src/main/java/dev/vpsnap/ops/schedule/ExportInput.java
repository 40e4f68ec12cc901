package dev.vpsnap.ops.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * A local schedule and the non-secret settings a scheduler must pass to {@code vpsnap schedule run ID}; never a key.
 *
 * @param profile  the profile the run uses (null: settings come from {@code provider}/{@code endpoint})
 * @param endpoint null for the provider's default
 * @param binary   the vpsnap launcher's path on the host (absolute for systemd)
 * @param image    the container image for Kubernetes
 * @param sandbox  the schedule lives in the sandbox: its runs pass {@code --sandbox}
 */
public record ExportInput(LocalSchedule schedule, String profile, String provider, String endpoint, String facility,
                          Long clientId, String binary, String image, boolean sandbox) {

    /** A schedule of the real providers. */
    public ExportInput(LocalSchedule schedule, String profile, String provider, String endpoint, String facility,
                       Long clientId, String binary, String image) {
        this(schedule, profile, provider, endpoint, facility, clientId, binary, image, false);
    }

    /** {@code --profile P} when there is one, else {@code --provider X [--endpoint URL]}; then the run itself. */
    public List<String> hostArgs() {
        List<String> a = new ArrayList<>();
        if (profile != null) {
            a.addAll(List.of("--profile", profile));
        } else {
            a.addAll(List.of("--provider", provider));
            if (endpoint != null) {
                a.addAll(List.of("--endpoint", endpoint));
            }
        }
        a.addAll(runArgs(profile == null));
        return a;
    }

    /**
     * The run ({@code --sandbox} for a sandbox schedule); with {@code settings} (no profile to read them from) also the settings no environment variable
     * carries ({@code --facility}, {@code --client-id}).
     */
    public List<String> runArgs(boolean settings) {
        List<String> a = new ArrayList<>(List.of("schedule", "run", schedule.id()));
        if (sandbox) {
            a.add("--sandbox");
        }
        if (settings && facility != null) {
            a.addAll(List.of("--facility", facility));
        }
        if (settings && clientId != null) {
            a.addAll(List.of("--client-id", String.valueOf(clientId)));
        }
        return a;
    }
}
