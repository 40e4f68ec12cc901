package dev.vpsnap.training;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.vpsnap.app.Connector;
import dev.vpsnap.cli.Cli;
import dev.vpsnap.cli.Environment;
import dev.vpsnap.clock.Sleeper;
import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.emulator.EmulatorConfig;
import dev.vpsnap.provider.ProviderRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The training run behind the class-data cache (AppCDS archive on JDK 17–24, AOT cache on JDK 25+): runs the common
 * commands in-process, exactly as {@code Main} would, against the emulator on loopback, plus one TLS handshake against
 * a throw-away local HTTPS server. It needs no network and no credentials, writes nothing outside a temp directory, and
 * its output is discarded. Transports come from the composition root ({@link Connector}), as the CLI's do.
 * {@code java -XX:ArchiveClassesAtExit=F -cp vpsnap.jar dev.vpsnap.training.Train}.
 */
public final class Train {
    private static final Sleeper NO_SLEEP = new Sleeper() {
        @Override
        public void sleep(Duration d) {
        }
    };

    private Train() {
    }

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("vpsnap-train");
        int failures = 0;
        try (Emulator emu = Emulator.start(EmulatorConfig.defaults())) {
            Map<String, String> env = new HashMap<>();
            env.put("XDG_STATE_HOME", tmp.resolve("state").toString());
            env.put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
            env.put("HOME", tmp.toString());
            env.put("NO_COLOR", "1");
            run(env, "--version");
            run(env, "--help");
            run(env, "snapshot", "--help");
            run(env, "snapshot", "list", "--help");
            run(env, "providers");
            run(env, "providers", "-o", "json");
            run(env, "snapshot", "nope");
            run(env, "snapshot", "list", "--provider", "vpsorg"); // no key: the auth error path
            run(env, "completion", "bash");
            for (String p : List.of("vpsorg", "hostinger", "core", "hivelocity")) {
                Map<String, String> e = new HashMap<>(env);
                e.put("VPSNAP_API_KEY", Emulator.apiKey(p));
                List<String> base = new ArrayList<>(List.of("--provider", p, "--endpoint", emu.baseUrl(p)));
                if (p.equals("hivelocity")) {
                    base.addAll(List.of("--facility", "TPA1"));
                }
                for (String[] cmd : new String[][]{{"snapshot", "list", "-o", "json"}, {"snapshot", "list"},
                        {"server", "list", "-o", "json"}, {"server", "list", "-o", "wide"}, {"snapshot", "list", "-o", "yaml"},
                        {"snapshot", "list", "-o", "csv"}, {"snapshot", "list", "-o", "ids"}}) {
                    List<String> line = new ArrayList<>(base);
                    line.addAll(List.of(cmd));
                    run(e, line.toArray(String[]::new));
                }
            }
            run(env, "--sandbox", "--provider", "vpsorg", "snapshot", "list", "-o", "json");
            if (!tls(tmp)) {
                failures++;
            }
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.println("vpsnap training run done" + (failures == 0 ? "" : " (TLS part skipped)"));
    }

    private static void run(Map<String, String> env, String... args) {
        PrintWriter sink = new PrintWriter(new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8), true);
        InputStream in = new ByteArrayInputStream(new byte[0]);
        Environment e = new Environment(sink, sink, in, env, false, Clock.systemUTC(), NO_SLEEP, new Random(1),
                ProviderRegistry.standard());
        try {
            Cli.run(e, args);
        } catch (RuntimeException ex) {
            System.err.println("training: " + String.join(" ", args) + ": " + ex);
        }
    }

    /**
     * One TLS handshake on loopback: a self-signed key pair made now by the JDK's own keytool, served by the JDK's
     * HttpsServer. First through the production client (the default trust store is loaded and the unknown certificate
     * rejected: that is the path a real https request takes up to the trust decision), then through a client that
     * trusts the certificate, for the rest of the handshake and an HTTP exchange over TLS.
     */
    private static boolean tls(Path tmp) {
        OkHttpClient prod = Connector.client(Duration.ofSeconds(5), null);
        try {
            TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm()).init((KeyStore) null);
            Path ks = tmp.resolve("train.p12");
            char[] pw = "training".toCharArray();
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "train", "-keyalg", "EC",
                    "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                    "-validity", "2", "-storetype", "PKCS12", "-keystore", ks.toString(), "-storepass", "training",
                    "-keypass", "training").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(ks)) {
                p.destroyForcibly();
                return false;
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(ks)) {
                store.load(in, pw);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, pw);
            SSLContext serverCtx = SSLContext.getInstance("TLS");
            serverCtx.init(kmf.getKeyManagers(), null, null);
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(serverCtx));
            server.createContext("/", ex -> {
                byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
                ex.close();
            });
            server.start();
            try {
                String url = "https://127.0.0.1:" + server.getAddress().getPort() + "/";
                try (Response r = prod.newCall(new Request.Builder().url(url).build()).execute()) {
                    r.body().string();
                } catch (IOException expected) {
                    // javax.net.ssl.SSLHandshakeException: the self-signed certificate is not in the default trust store
                }
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(store);
                X509TrustManager tm = (X509TrustManager) tmf.getTrustManagers()[0];
                SSLContext clientCtx = SSLContext.getInstance("TLS");
                clientCtx.init(null, new javax.net.ssl.TrustManager[]{tm}, null);
                OkHttpClient trusting = new OkHttpClient.Builder().sslSocketFactory(clientCtx.getSocketFactory(), tm).build();
                try (Response r = trusting.newCall(new Request.Builder().url(url).build()).execute()) {
                    r.body().string();
                }
            } finally {
                server.stop(0);
            }
            return true;
        } catch (Exception | LinkageError e) {
            System.err.println("training: TLS part skipped: " + e);
            return false;
        }
    }
}
