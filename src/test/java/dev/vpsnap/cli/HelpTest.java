package dev.vpsnap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.provider.ProviderRegistry;
import dev.vpsnap.testing.CliHarness;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.FakeClock;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Help through the production factory: golden files for a few {@code --help} outputs (the own options, then
 * "Global options", then examples), {@code vpsnap help CMD} and {@code vpsnap version}, the examples of every command,
 * and suggestions by edit distance. Regenerate the golden files with {@code -Dgolden.update=true}.
 */
class HelpTest {
    final CliHarness cli = new CliHarness(new FakeClock());
    static final Path GOLDEN = Path.of("src/test/resources/golden/help");

    private static void golden(String name, String actual) throws Exception {
        Path file = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual);
        }
        assertEquals(Files.readString(file), actual, "golden file " + file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"snapshot restore", "config use", "snapshot", "schedule export"})
    void helpMatchesItsGoldenFile(String command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        Result r = cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        golden(command.replace(' ', '-'), r.out());
    }

    @Test
    void rootHelpMatchesItsGoldenFile() throws Exception {
        Result r = cli.run("--help");
        assertEquals(0, r.exitCode(), r::toString);
        golden("vpsnap", r.out());
    }

    @Test
    void ownOptionsComeBeforeTheGlobalOnesAndTheSynopsisIsShort() {
        String help = cli.run("snapshot", "restore", "--help").out();
        int own = help.indexOf("--latest");
        int global = help.indexOf("Global options");
        assertTrue(own > 0 && global > own && help.indexOf("--provider") > global, help);
        assertTrue(help.indexOf("Examples:") > help.indexOf("--verbose"), help);
        String synopsis = help.substring(0, help.indexOf('\n', help.indexOf("[SNAPSHOT_ID]")));
        assertTrue(synopsis.contains("[GLOBAL OPTIONS]") && !synopsis.contains("--provider"), synopsis);
    }

    @Test
    void helpCommandPrintsWhatDashDashHelpPrints() {
        Result viaHelp = cli.run("help", "snapshot", "create");
        assertEquals(0, viaHelp.exitCode(), viaHelp::toString);
        assertEquals(cli.run("snapshot", "create", "--help").out(), viaHelp.out());
        assertEquals(cli.run("--help").out(), cli.run("help").out());
        Result unknown = cli.run("help", "snapshot", "craete");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertEquals("vpsnap: help: no command 'snapshot craete'; did you mean: create?\n", unknown.err());
    }

    @Test
    void versionCommandPrintsWhatDashDashVersionPrints() {
        Result v = cli.run("version");
        assertEquals(0, v.exitCode(), v::toString);
        assertEquals(cli.run("--version").out(), v.out());
        assertTrue(v.out().startsWith("vpsnap "), v::toString);
    }

    @Test
    void typosGetTheClosestCommandsOfTheWholeTree() {
        Result verb = cli.run("snapshot", "craete");
        assertEquals(2, verb.exitCode(), verb::toString);
        assertTrue(verb.err().endsWith("vpsnap: did you mean: create?\n"), verb::toString);
        Result anywhere = cli.run("craete", "--server", "1");
        assertEquals(2, anywhere.exitCode(), anywhere::toString);
        assertTrue(anywhere.err().endsWith("did you mean: iso create, schedule create, snapshot create, volume create?\n"),
                anywhere::toString);
        Result group = cli.run("shedule", "list");
        assertTrue(group.err().endsWith("did you mean: schedule?\n"), group::toString);
        assertEquals(1, CommandSuggestions.distance("craete", "create"));
        assertEquals(3, CommandSuggestions.distance("craete", "delete"));
    }

    @Test
    void everyCommandHasOneToThreeExamplesThatParse() {
        CommandLine root = Cli.create(new Environment(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new ByteArrayInputStream(new byte[0]), Map.of(), false, new FakeClock(), new FakeClock().sleeper(),
                new Random(1), ProviderRegistry.standard()));
        List<String> paths = new ArrayList<>(CommandSuggestions.paths());
        paths.add("vpsnap");
        for (String path : paths) {
            List<String> examples = HelpExamples.of(path);
            assertTrue(examples.size() >= 1 && examples.size() <= 3, path + ": " + examples);
        }
        for (Map.Entry<String, List<String>> e : HelpExamples.all().entrySet()) {
            assertTrue(paths.contains(e.getKey()), "examples of an unknown command: " + e.getKey());
            for (String example : e.getValue()) {
                List<String> words = words(example);
                CommandLine.ParseResult parsed = root.parseArgs(words.toArray(String[]::new));
                String named = e.getKey().equals("vpsnap") ? "" : e.getKey();
                assertTrue(example.contains("vpsnap " + named) || example.contains(" " + named) || named.isEmpty(), example);
                assertTrue(parsed.originalArgs().size() == words.size(), example);
            }
        }
    }

    /** The arguments of the vpsnap call in an example: after "vpsnap", up to a pipe or ')'; single quotes honoured. */
    private static List<String> words(String example) {
        String call = example.substring(example.indexOf("vpsnap ") + 7);
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        for (char c : call.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && (c == '|' || c == ')')) {
                break;
            } else if (!quoted && c == ' ') {
                if (!w.isEmpty()) {
                    words.add(w.toString());
                    w.setLength(0);
                }
            } else {
                w.append(c);
            }
        }
        if (!w.isEmpty()) {
            words.add(w.toString());
        }
        return words;
    }
}
