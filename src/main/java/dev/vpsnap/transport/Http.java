package dev.vpsnap.transport;

import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The one shared OkHttp client, built lazily on first use (its TLS setup loads the JDK's CA store, which commands
 * that never make a request should not pay for). Per provider a derived client adds timeouts and logging.
 */
public final class Http {
    public static final String USER_AGENT = "vpsnap/" + Version.get() + " (+https://github.com/vpsnap/vpsnap)";

    private Http() {
    }

    private static final class Holder {
        static final OkHttpClient SHARED = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false) // retries are ours: only idempotent requests are replayed
                .followRedirects(false)
                .build();
    }

    public static OkHttpClient shared() {
        return Holder.SHARED;
    }

    public static OkHttpClient derive(OkHttpClient base, Duration requestTimeout, Interceptor wireLog) {
        OkHttpClient.Builder b = base.newBuilder()
                .connectTimeout(Duration.ofSeconds(Math.min(10, Math.max(1, requestTimeout.toSeconds()))))
                .readTimeout(requestTimeout)
                .writeTimeout(requestTimeout)
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("User-Agent", USER_AGENT).build()));
        if (wireLog != null) {
            b.addNetworkInterceptor(wireLog);
        }
        return b.build();
    }
}
