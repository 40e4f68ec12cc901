package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Test client: sends requests to one provider of an emulator with that provider's credentials. */
final class EmuClient {
    static final ObjectMapper JSON = new ObjectMapper();

    record Res(int status, HttpResponse<String> raw, JsonNode json) {
        String header(String name) { return raw.headers().firstValue(name).orElse(null); }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Emulator emu;
    private final String provider;
    private String credential;

    EmuClient(Emulator emu, String provider) {
        this.emu = emu;
        this.provider = provider;
        this.credential = Emulator.apiKey(provider);
    }

    /** Use another credential (null = send none). */
    EmuClient withCredential(String credential) {
        EmuClient c = new EmuClient(emu, provider);
        c.credential = credential;
        return c;
    }

    Res get(String path) throws IOException, InterruptedException { return send("GET", path, null, null); }

    Res post(String path, Object body) throws IOException, InterruptedException {
        return send("POST", path, body == null ? null : JSON.writeValueAsString(body), "application/json");
    }

    Res delete(String path) throws IOException, InterruptedException { return send("DELETE", path, null, null); }

    /** A request with a JSON body: PUT, PATCH, or DELETE with a body (Hivelocity's volume delete). */
    Res send(String method, String path, Object body) throws IOException, InterruptedException {
        return send(method, path, JSON.writeValueAsString(body), "application/json");
    }

    Res send(String method, String path, String body, String contentType) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emu.baseUrl(provider) + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        if (credential != null) {
            switch (provider) {
                case "hivelocity": b.header("X-API-KEY", credential); break;
                case "core": b.header("api_key", credential); break;
                default: b.header("Authorization", "Bearer " + credential);
            }
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = r.body() == null || r.body().isEmpty() ? null : JSON.readTree(r.body());
        return new Res(r.statusCode(), r, json);
    }

    static Map<String, Object> body(Object... kv) {
        return Json.obj(kv);
    }
}
