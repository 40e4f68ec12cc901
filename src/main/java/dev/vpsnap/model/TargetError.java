package dev.vpsnap.model;

/** Why one target of a multi-target command failed: {@code {"exitCode":N,"message":"…"}}, as a single run would exit. */
public record TargetError(int exitCode, String message) {
}
