package dev.vpsnap.provider;

/** Builds a provider adapter for one account; registered explicitly in {@link ProviderRegistry}. */
public interface ProviderFactory {
    ProviderDescriptor descriptor();

    Provider create(ProviderContext context);
}
