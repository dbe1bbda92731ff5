package dev.fourfold.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Posts a delivery's JSON to its receiver with the JDK's HTTP client: bounded waits for the connection and the
 * answer, redirects not followed (a redirect is an answer like any other, and could lead to an internal address),
 * and only the first {@value DeliveryRepository#RESPONSE_CHARS} bytes of the answer read.
 */
final class Sender {

    /** The receiver's answer (status and the start of the body), or the error when there was none. */
    record Answer(@Nullable Integer status, @Nullable String body, @Nullable String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final HttpClient client;
    private final Duration readTimeout;

    Sender(WebhookProperties properties) {
        this.client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.readTimeout = properties.readTimeout();
    }

    Answer post(String url, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.strip())).timeout(readTimeout)
                .header("Content-Type", "application/json").header("User-Agent", "Fourfold-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] start = in.readNBytes(DeliveryRepository.RESPONSE_CHARS);
                return new Answer(response.statusCode(), new String(start, StandardCharsets.UTF_8), null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, null, "interrupted: the server stopped while sending");
        } catch (IOException | IllegalArgumentException e) {
            String message = e.getMessage() == null ? "" : ": " + e.getMessage();
            return new Answer(null, null, e.getClass().getSimpleName() + message);
        }
    }
}
