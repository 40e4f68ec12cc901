package dev.vpsnap.cli;

import picocli.CommandLine.Mixin;

/**
 * A command that changes something at the provider: it declares its own options and hands the rest to the one
 * {@link Mutation} pipeline, whose options ({@code --yes --dry-run --no-wait --wait-timeout}) it takes from here.
 */
public abstract class MutationCommand extends BaseCommand {
    @Mixin
    protected MutationOptions options;

    private Mutation mutation;

    /** This run's pipeline: confirm, send or plan, wait, print. */
    protected Mutation mutation() {
        if (mutation == null) {
            mutation = new Mutation(this, options);
        }
        return mutation;
    }
}
