package dev.vpsnap.provider.hostinger;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire shape of {@code VPS.V1.VirtualMachine.VirtualMachineResource}, the items of the bare array that
 * {@code GET /api/vps/v1/virtual-machines} returns. Only the fields vpsnap reads; unknown ones are ignored.
 *
 * @param state       {@code running, starting, stopping, stopped, creating, initial, error, suspending, unsuspending,
 *                    suspended, destroying, destroyed, recreating, restoring, recovery, stopping_recovery}
 * @param actionsLock {@code unlocked} or {@code locked} (an action is running on the VM)
 */
public record VirtualMachineResource(
        Long id,
        String hostname,
        String state,
        @JsonProperty("actions_lock") String actionsLock,
        @JsonProperty("data_center_id") Long dataCenterId,
        String plan,
        @JsonProperty("created_at") String createdAt) {
}
