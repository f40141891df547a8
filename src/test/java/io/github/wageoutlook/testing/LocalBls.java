package io.github.wageoutlook.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A stand-in for BLS's servers on 127.0.0.1 (the JDK's HttpServer), started by a test and stopped by it: it serves
 * replies queued per path (the last one repeats), answers 403 to a request whose User-Agent carries no contact
 * e-mail (as BLS's CDN does), honours {@code If-Modified-Since} with 304, and can cut a body mid-way, stall it or
 * trickle it.
 * Every request is recorded.
 */
public final class LocalBls implements AutoCloseable {

    /** How a reply misbehaves. */
    public enum Fault {
        /** None. */
        NONE,
        /** The connection is dropped after half the body. */
        CUT,
        /** A few bytes, then nothing for 3 s. */
        STALL,
        /** 100 bytes every 100 ms (1 KB/s), for at most 20 s, then the connection is dropped. */
        TRICKLE
    }

    /** A reply. */
    public record Reply(int status, Map<String, String> headers, byte[] body, Fault fault) {
        public static Reply ok(byte[] body) {
            return new Reply(200, Map.of(), body, Fault.NONE);
        }

        public static Reply json(String body) {
            return new Reply(200, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8),
                    Fault.NONE);
        }

        public static Reply status(int status) {
            return new Reply(status, Map.of(), ("<html><body>HTTP " + status + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8), Fault.NONE);
        }

        public Reply with(String header, String value) {
            Map<String, String> h = new java.util.HashMap<>(headers);
            h.put(header, value);
            return new Reply(status, Map.copyOf(h), body, fault);
        }

        public Reply fault(Fault f) {
            return new Reply(status, headers, body, f);
        }
    }

    /** A request as received. */
    public record Request(String method, String path, String userAgent, String ifModifiedSince, String body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "local-bls");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Deque<Reply>> routes = new ConcurrentHashMap<>();
    private final Map<String, Function<Request, Reply>> handlers = new ConcurrentHashMap<>();
    private final List<Request> requests = java.util.Collections.synchronizedList(new ArrayList<>());

    public LocalBls() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** @return the base URL, e.g. http://127.0.0.1:41234/ */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Queues replies for a path (without its leading slash); the last one repeats. */
    public LocalBls serve(String path, Reply... replies) {
        routes.put("/" + path, new ArrayDeque<>(List.of(replies)));
        return this;
    }

    /** Answers a path with a function of the request. */
    public LocalBls handle(String path, Function<Request, Reply> handler) {
        handlers.put("/" + path, handler);
        return this;
    }

    /** @return every request, in order */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** @return the requests for one path (without its leading slash) */
    public List<Request> requests(String path) {
        return requests().stream().filter(r -> r.path().equals("/" + path)).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String ua = ex.getRequestHeaders().getFirst("User-Agent");
        Request request = new Request(ex.getRequestMethod(), ex.getRequestURI().getPath(), ua == null ? "" : ua,
                ex.getRequestHeaders().getFirst("If-Modified-Since"), body);
        requests.add(request);
        Reply reply;
        if (ua == null || !ua.matches(".*contact: [^\\s@]+@[^\\s@]+\\..*")) {
            reply = Reply.status(403);
        } else if (handlers.containsKey(request.path())) {
            reply = handlers.get(request.path()).apply(request);
        } else {
            Deque<Reply> queue = routes.get(request.path());
            if (queue == null) {
                reply = Reply.status(404);
            } else {
                synchronized (queue) {
                    reply = queue.size() > 1 ? queue.poll() : queue.peek();
                }
            }
        }
        String lastModified = reply.headers().get("Last-Modified");
        if (reply.status() == 200 && lastModified != null && lastModified.equals(request.ifModifiedSince())) {
            reply = new Reply(304, reply.headers(), new byte[0], Fault.NONE);
        }
        reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        if (reply.status() == 304) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        byte[] bytes = reply.body();
        ex.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        OutputStream out = ex.getResponseBody();
        switch (reply.fault()) {
            case CUT -> {
                out.write(bytes, 0, bytes.length / 2);
                out.flush();
                // Throwing makes the server drop the connection with the body half sent.
                throw new IOException("connection cut by the test server");
            }
            case STALL -> {
                out.write(bytes, 0, Math.min(1000, bytes.length));
                out.flush();
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("stalled by the test server");
            }
            case TRICKLE -> {
                long end = System.nanoTime() + 20_000_000_000L;
                for (int at = 0; at < bytes.length && System.nanoTime() < end; at += 100) {
                    out.write(bytes, at, Math.min(100, bytes.length - at));
                    out.flush();
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                throw new IOException("trickle ended by the test server");
            }
            default -> {
                out.write(bytes);
                out.close();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
