/**
 * The config file ({@code config.toml}: {@code default_profile} and {@code [profiles.NAME]}), profile precedence
 * (flag &gt; environment &gt; profile &gt; default, in {@link dev.vpsnap.config.ProfileResolver}) and the credential chain
 * ({@link dev.vpsnap.config.CredentialResolver}). Nothing here prints; every failure is a
 * {@link dev.vpsnap.error.VpsnapException} with the contract's exit code (2 usage, 3 credentials/unsafe files), and no
 * message or {@code toString} ever contains a key.
 */
package dev.vpsnap.config;
