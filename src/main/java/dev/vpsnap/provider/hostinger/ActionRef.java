package dev.vpsnap.provider.hostinger;

import dev.vpsnap.error.VpsnapException;

/**
 * The operation id vpsnap hands out for a Hostinger action: {@code "<vmId>:<actionId>"}. Actions are only addressable
 * under their VM ({@code GET .../virtual-machines/{vmId}/actions/{actionId}}), so both ids are needed to resume.
 */
record ActionRef(long vmId, long actionId) {

    static ActionRef parse(String operationId) {
        String s = operationId == null ? "" : operationId.strip();
        int colon = s.indexOf(':');
        long vm = colon < 0 ? -1 : HostingerIds.parsePositive(s.substring(0, colon));
        long action = colon < 0 ? -1 : HostingerIds.parsePositive(s.substring(colon + 1));
        if (vm <= 0 || action <= 0) {
            throw VpsnapException.usage("'" + operationId + "' is not a Hostinger operation id (expected VM_ID:ACTION_ID)");
        }
        return new ActionRef(vm, action);
    }

    String id() {
        return vmId + ":" + actionId;
    }
}
