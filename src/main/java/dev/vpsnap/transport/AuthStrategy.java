package dev.vpsnap.transport;

import dev.vpsnap.common.Secret;
import okhttp3.Request;

/** How a provider authenticates: a named API-key header (Hivelocity {@code X-API-KEY}, core {@code api_key}) or Bearer. */
public sealed interface AuthStrategy permits AuthStrategy.ApiKeyHeader, AuthStrategy.Bearer {

    /** Header whose value is a credential and must always be redacted. */
    String headerName();

    /** The header value, with the real secret. */
    String headerValue();

    /** The header value with the secret replaced by {@code $VPSNAP_API_KEY}, for dry-run curl lines. */
    String placeholderValue();

    default void apply(Request.Builder b) {
        b.header(headerName(), headerValue());
    }

    Secret secret();

    record ApiKeyHeader(String name, Secret key) implements AuthStrategy {
        @Override
        public String headerName() {
            return name;
        }

        @Override
        public String headerValue() {
            return key.reveal();
        }

        @Override
        public String placeholderValue() {
            return "$VPSNAP_API_KEY";
        }

        @Override
        public Secret secret() {
            return key;
        }
    }

    record Bearer(Secret token) implements AuthStrategy {
        @Override
        public String headerName() {
            return "Authorization";
        }

        @Override
        public String headerValue() {
            return "Bearer " + token.reveal();
        }

        @Override
        public String placeholderValue() {
            return "Bearer $VPSNAP_API_KEY";
        }

        @Override
        public Secret secret() {
            return token;
        }
    }
}
