package dev.vpsnap.transport;

import dev.vpsnap.common.Version;
import java.time.Duration;
import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The one shared OkHttp client, built lazily on first use. Its TLS setup (the JDK's CA store, ~100 ms of a cold start)
 * happens only when a request is actually https: the shared client itself speaks plain http (loopback emulator,
 * sandbox), and {@link #derive} routes https requests to a TLS twin built on first use with the same settings. Per
 * provider a derived client adds timeouts and logging.
 */
public final class Http {
    public static final String USER_AGENT = "vpsnap/" + Version.get() + " (+https://github.com/vpsnap/vpsnap)";

    private Http() {
    }

    private static OkHttpClient.Builder common() {
        return new OkHttpClient.Builder()
                .retryOnConnectionFailure(false) // retries are ours: only idempotent requests are replayed
                .followRedirects(false);
    }

    private static final class Plain {
        static final OkHttpClient SHARED = common().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).build();
    }

    private static final class Tls {
        static final OkHttpClient SHARED = common().build();
    }

    public static OkHttpClient shared() {
        return Plain.SHARED;
    }

    public static OkHttpClient derive(OkHttpClient base, Duration requestTimeout, Interceptor wireLog) {
        if (base != Plain.SHARED) {
            return configure(base.newBuilder(), requestTimeout, wireLog).build();
        }
        Interceptor tlsRouter = new Interceptor() {
            private OkHttpClient tls;

            private synchronized OkHttpClient tls() {
                if (tls == null) {
                    tls = configure(Tls.SHARED.newBuilder(), requestTimeout, wireLog).build();
                }
                return tls;
            }

            @Override
            public okhttp3.Response intercept(Chain chain) throws java.io.IOException {
                return chain.request().isHttps() ? tls().newCall(chain.request()).execute() : chain.proceed(chain.request());
            }
        };
        return configure(Plain.SHARED.newBuilder().addInterceptor(tlsRouter), requestTimeout, wireLog).build();
    }

    private static OkHttpClient.Builder configure(OkHttpClient.Builder b, Duration requestTimeout, Interceptor wireLog) {
        b.connectTimeout(Duration.ofSeconds(Math.min(10, Math.max(1, requestTimeout.toSeconds()))))
                .readTimeout(requestTimeout)
                .writeTimeout(requestTimeout)
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("User-Agent", USER_AGENT).build()));
        if (wireLog != null) {
            b.addNetworkInterceptor(wireLog);
        }
        return b;
    }
}
