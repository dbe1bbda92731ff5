package dev.fourfold.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A webhook receiver on 127.0.0.1 for tests: keeps every request it gets (headers and body) and answers with the
 * status it is told, 204 unless told otherwise. Start it on a port of its own choosing, or on a given one to stand
 * for a receiver that comes back after being down.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** A request as received; header names in lower case. */
    public record Received(String path, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 204;

    private WebhookReceiver(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
            received.add(new Received(exchange.getRequestURI().getPath(), headers, body));
            byte[] answer = ("received " + received.size()).getBytes(StandardCharsets.UTF_8);
            int code = status;
            exchange.sendResponseHeaders(code, code == 204 ? -1 : answer.length);
            if (code != 204) {
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
    }

    public static WebhookReceiver start() {
        return new WebhookReceiver(0);
    }

    public static WebhookReceiver startOn(int port) {
        return new WebhookReceiver(port);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public void answer(int status) {
        this.status = status;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until a request matching the condition arrives, and answers it. */
    public Received await(Predicate<Received> condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (Received r : received) {
                if (condition.test(r)) {
                    return r;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no matching webhook delivery within " + timeout + "; received " + received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
