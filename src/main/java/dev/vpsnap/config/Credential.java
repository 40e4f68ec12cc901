package dev.vpsnap.config;

import dev.vpsnap.common.Secret;

/**
 * A resolved key and where it came from ("VPSNAP_API_KEY", "profile 'prod' api_key_command", ...), for {@code -v}.
 * The source never contains the key.
 */
public record Credential(Secret secret, String source) {
}
