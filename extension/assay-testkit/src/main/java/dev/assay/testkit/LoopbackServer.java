package dev.assay.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code LoopbackServer} is what every stand-in server runs on: the JDK's HTTP server on
 * 127.0.0.1 and a free port, never another address, with daemon threads, and the few ways of
 * answering the stand-ins share.
 */
final class LoopbackServer implements AutoCloseable {

    static {
        // Streamed chunks are small writes: without TCP_NODELAY, Nagle and delayed ACKs add ~40 ms to each reply.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private LoopbackServer(String threadName, HttpHandler handler) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
    }

    /** Starts a server handing every request to {@code handler}. */
    static LoopbackServer start(String threadName, HttpHandler handler) throws IOException {
        return new LoopbackServer(threadName, handler);
    }

    /** {@code http://127.0.0.1:PORT}. */
    String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Sends a JSON body (none for an empty one), marked as the stand-in's. */
    static void sendJson(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.getResponseHeaders().set(StandInServer.HEADER, "1");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
    }

    /** Waits, keeping the interrupt for the caller. */
    static void sleep(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
