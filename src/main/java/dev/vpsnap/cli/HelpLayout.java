package dev.vpsnap.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ScopeType;

/**
 * The {@code --help} layout: the command's own options first, then the global ones under "Global options:", then
 * the command's examples ({@link HelpExamples}). The synopsis names the own options and ends in
 * {@code [GLOBAL OPTIONS]}, so {@code snapshot restore --help} stays short.
 */
final class HelpLayout {
    static final String SECTION_GLOBAL_OPTIONS = "globalOptions";
    static final String SECTION_EXAMPLES = "examples";

    private HelpLayout() {
    }

    /** Installs the layout on {@code cl} and every subcommand already added to it. */
    static void install(CommandLine cl) {
        cl.setHelpFactory(GlobalAwareHelp::new);
        List<String> keys = new ArrayList<>(cl.getHelpSectionKeys());
        keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_OPTION_LIST) + 1, SECTION_GLOBAL_OPTIONS);
        keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING), SECTION_EXAMPLES);
        Map<String, CommandLine.IHelpSectionRenderer> map = new java.util.HashMap<>(cl.getHelpSectionMap());
        map.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> help.optionListExcludingGroups(own(help.commandSpec())));
        map.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING,
                help -> own(help.commandSpec()).isEmpty() ? "" : help.createHeading("%nOptions:%n"));
        map.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING,
                help -> help.commandSpec().subcommands().isEmpty() ? "" : help.createHeading("%nCommands:%n"));
        map.put(SECTION_GLOBAL_OPTIONS, HelpLayout::globalSection);
        map.put(SECTION_EXAMPLES, help -> examplesSection(help.commandSpec()));
        cl.setHelpSectionKeys(keys);
        cl.setHelpSectionMap(map);
    }

    /** A global option: declared on the root with scope INHERIT, or a subcommand's inherited copy of one. */
    static boolean global(OptionSpec o) {
        return o.inherited() || o.scopeType() == ScopeType.INHERIT;
    }

    static List<OptionSpec> own(CommandSpec spec) {
        return visible(spec).stream().filter(o -> !global(o)).toList();
    }

    static List<OptionSpec> globals(CommandSpec spec) {
        return visible(spec).stream().filter(HelpLayout::global).toList();
    }

    private static List<OptionSpec> visible(CommandSpec spec) {
        return spec.options().stream().filter(o -> !o.hidden()).toList();
    }

    private static String globalSection(Help help) {
        List<OptionSpec> globals = globals(help.commandSpec());
        if (globals.isEmpty()) {
            return "";
        }
        // one column width for both lists, so the two sections line up
        Help.Layout layout = help.createDefaultLayout(help.commandSpec().options(), help.commandSpec().positionalParameters(),
                help.colorScheme());
        return help.createHeading("%nGlobal options (accepted anywhere on the line):%n")
                + help.optionListExcludingGroups(globals, layout, help.createDefaultOptionSort(), help.parameterLabelRenderer());
    }

    private static String examplesSection(CommandSpec spec) {
        List<String> examples = HelpExamples.of(path(spec));
        if (examples.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(String.format("%nExamples:%n"));
        examples.forEach(e -> b.append("  ").append(e).append(String.format("%n")));
        return b.toString();
    }

    /** The command path without the root's name: {@code snapshot create}; empty for the root. */
    static String path(CommandSpec spec) {
        String q = spec.qualifiedName(" ");
        int space = q.indexOf(' ');
        return space < 0 ? "" : q.substring(space + 1);
    }

    /** Picocli's help with the global options left out of the synopsis (they are one {@code [GLOBAL OPTIONS]}). */
    static final class GlobalAwareHelp extends Help {
        GlobalAwareHelp(CommandSpec spec, ColorScheme scheme) {
            super(spec, scheme);
        }

        @Override
        protected Text createDetailedSynopsisOptionsText(Collection<CommandLine.Model.ArgSpec> done, List<OptionSpec> optionList,
                                                        Comparator<OptionSpec> optionSort, boolean clusterBooleanOptions) {
            List<OptionSpec> own = optionList.stream().filter(o -> !global(o)).toList();
            Text text = super.createDetailedSynopsisOptionsText(done, own, optionSort, clusterBooleanOptions);
            return optionList.size() == own.size() ? text : text.concat(" [GLOBAL OPTIONS]");
        }
    }
}
