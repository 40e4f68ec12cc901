package dev.vpsnap.transport;

import java.io.IOException;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.logging.HttpLoggingInterceptor;

/**
 * {@code -v}: one line per HTTP exchange; {@code --debug}: plus headers and bodies. Both go through the
 * {@link Redactor}, and credential headers are redacted by name too.
 */
public final class WireLog {
    public enum Level { OFF, VERBOSE, DEBUG }

    private WireLog() {
    }

    public static Interceptor create(Level level, Consumer<String> sink, Redactor redactor) {
        if (level == Level.DEBUG) {
            HttpLoggingInterceptor i = new HttpLoggingInterceptor(msg -> sink.accept(redactor.scrub(msg)));
            i.setLevel(HttpLoggingInterceptor.Level.BODY);
            for (String h : Redactor.CREDENTIAL_HEADERS) {
                i.redactHeader(h);
            }
            return i;
        }
        return chain -> {
            Request r = chain.request();
            long start = System.nanoTime();
            try {
                Response resp = chain.proceed(r);
                long ms = (System.nanoTime() - start) / 1_000_000;
                sink.accept(redactor.scrub("vpsnap: " + r.method() + " " + r.url() + " -> " + resp.code() + " (" + ms + " ms)"));
                return resp;
            } catch (IOException e) {
                long ms = (System.nanoTime() - start) / 1_000_000;
                sink.accept(redactor.scrub("vpsnap: " + r.method() + " " + r.url() + " -> failed: " + e.getClass().getSimpleName()
                        + " (" + ms + " ms)"));
                throw e;
            }
        };
    }
}
