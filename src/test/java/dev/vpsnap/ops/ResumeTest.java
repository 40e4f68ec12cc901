package dev.vpsnap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ResumeTest {
    private final Resume sandbox = new Resume(null, null, "core", null, null, null, null, true, null);
    private final Resume remote = new Resume("/etc/vp snap.toml", "prod", "hivelocity", "https://api.example/v2", "TPA1",
            "7", null, false, "json");

    @Test
    void aQuotedCommandGetsTheRunsGlobalOptions() {
        assertEquals("see 'vpsnap --provider core --sandbox server list' and 'vpsnap --provider core --sandbox "
                        + "snapshot list --server 5'",
                sandbox.within("see 'vpsnap server list' and 'vpsnap snapshot list --server 5'"));
        assertEquals("'vpsnap --config '/etc/vp snap.toml' --profile prod --provider hivelocity --endpoint "
                + "https://api.example/v2 --facility TPA1 --client-id 7 -o json server list'", remote.within("'vpsnap server list'"));
    }

    @Test
    void itIsIdempotentAndLeavesLocalCommandsAndPlainTextAlone() {
        String once = sandbox.within("'vpsnap server list'");
        assertEquals(once, sandbox.within(once));
        assertEquals("'vpsnap providers' and vpsnap config init", sandbox.within("'vpsnap providers' and vpsnap config init"));
        assertEquals("'vpsnap --config '/etc/vp snap.toml' config use NAME'", remote.within("'vpsnap config use NAME'"));
        assertEquals("'vpsnap server list'", Resume.NONE.within("'vpsnap server list'"));
        assertEquals(null, sandbox.within(null));
    }

    @Test
    void theResumeCommandIsUnchanged() {
        assertEquals("vpsnap --provider core --sandbox snapshot wait --operation snapshot.create:5",
                sandbox.command("snapshot.create:5"));
    }
}
