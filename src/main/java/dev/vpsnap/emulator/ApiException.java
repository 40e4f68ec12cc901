package dev.vpsnap.emulator;

/** Thrown by handlers to answer with a ready-made (error) response in the provider's style. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Resp resp;

    ApiException(Resp resp) {
        super("HTTP " + resp.status(), null, false, false);
        this.resp = resp;
    }
}
