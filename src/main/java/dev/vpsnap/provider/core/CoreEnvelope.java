package dev.vpsnap.provider.core;

/**
 * A core response {@code {status, message, <key>: value}} once {@code status} was checked: the provider's message and
 * the one resource it carries (null for responses without one, such as delete's {@code ResponseModel}).
 */
public record CoreEnvelope<T>(String message, T value) {
}
