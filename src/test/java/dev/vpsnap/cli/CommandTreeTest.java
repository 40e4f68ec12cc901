package dev.vpsnap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.testing.CliHarness;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.FakeClock;
import org.junit.jupiter.api.Test;

/** The command line builds only the group (and verb) it names; help, typos and completion still see the whole tree. */
class CommandTreeTest {
    final CliHarness cli = new CliHarness(new FakeClock());

    @Test
    void findsTheGroupPastGlobalOptionsAndTheirValues() {
        assertEquals(2, Cli.positional(new String[]{"--profile", "snapshot", "server", "list"}, 0));
        assertEquals(3, Cli.positional(new String[]{"-qo", "json", "-v", "snapshot", "list"}, 0));
        assertEquals(1, Cli.positional(new String[]{"--output=json", "snapshot"}, 0));
        assertEquals(-1, Cli.positional(new String[]{"--", "snapshot"}, 0));
        assertEquals(4, Cli.positional(new String[]{"-p", "x", "snapshot", "--debug", "list"}, 3));
    }

    @Test
    void rootHelpListsEveryGroup() {
        Result r = cli.run("--help");
        assertEquals(0, r.exitCode(), r::toString);
        for (String g : RootCommand.GROUPS.keySet()) {
            assertTrue(r.out().contains("  " + g), g + " in\n" + r.out());
        }
    }

    @Test
    void groupHelpListsEveryVerbAndVerbHelpItsOptions() {
        Result g = cli.run("snapshot", "--help");
        for (String verb : new String[]{"list", "get", "create", "restore", "delete", "wait", "prune", "check"}) {
            assertTrue(g.out().contains("  " + verb), verb + " in\n" + g.out());
        }
        Result v = cli.run("snapshot", "list", "--help");
        assertEquals(0, v.exitCode(), v::toString);
        assertTrue(v.out().startsWith("Usage: vpsnap snapshot list"), v.out());
        assertTrue(v.out().contains("--provider"), "global options are inherited: " + v.out());
    }

    @Test
    void typosStillGetSuggestionsFromTheWholeTree() {
        Result g = cli.run("snapshto", "list");
        assertEquals(2, g.exitCode(), g::toString);
        assertTrue(g.err().contains("snapshot"), g::toString);
        Result v = cli.run("snapshot", "lst");
        assertEquals(2, v.exitCode(), v::toString);
        assertTrue(v.err().contains("list"), v::toString);
    }

    @Test
    void completionCoversEveryGroup() {
        Result r = cli.run("completion", "bash");
        for (String g : RootCommand.GROUPS.keySet()) {
            assertTrue(r.out().contains(g), g);
        }
        assertTrue(r.out().contains("prune"), "verbs too");
    }
}
