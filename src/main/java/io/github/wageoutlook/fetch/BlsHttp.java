package io.github.wageoutlook.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP to BLS on the JDK's {@link HttpClient}: the contact User-Agent on every request, timeouts, a polite pause
 * between requests to the same host, bounded retries with doubling pauses on HTTP 429 and 5xx and on network
 * failures of a connection made (cut mid-body, a body that stalls), and a deadline for the whole of one download or
 * API request, its retries included ({@link FetchOptions#deadline()}). A host that cannot be reached at all
 * (connection refused, a name that does not resolve, no route, no connection within the connect timeout) fails at
 * once.
 *
 * <p>Why one class of about 500 lines: it is the one exchange with BLS's servers, and its parts — the attempt loop,
 * what is retried and for how long, the deadline, the streaming of a body into its part file — decide together what
 * a failure means; the words for failures live in {@code FailureWords}.
 */
final class BlsHttp {
    /** The largest API answer read (a full 50-series, 20-year answer of monthly data is about 3 MB). */
    private static final int MAX_ANSWER_BYTES = 64 << 20;
    /** Next allowed request start per host, shared by every client of the process: politeness is per machine. */
    private static final Map<String, Long> NEXT_REQUEST = new ConcurrentHashMap<>();
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wage-outlook download watchdog");
        t.setDaemon(true);
        return t;
    });

    private final FetchOptions options;
    private final HttpClient client;

    BlsHttp(FetchOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder().connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A complete download in a temporary file. */
    record Downloaded(Path part, long size, String sha256, String lastModified, String etag) {
    }

    /**
     * Downloads a file into a new temporary file of the cache.
     *
     * @param revalidate the cached copy to check: its validators are sent, and a 304 answer returns empty
     * @return the download, or empty when the server says the cached copy is current
     */
    Optional<Downloaded> download(BlsFile file, URI url, BlsCache cache, Optional<CacheEntry> revalidate) {
        String ua = options.userAgent();
        return withRetries(url, "downloading " + file.fileName(), deadline -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(deadline.limit(options.connectTimeout()))
                    .header("User-Agent", ua).GET();
            revalidate.ifPresent(e -> {
                if (!e.etag().isEmpty()) {
                    request.header("If-None-Match", e.etag());
                }
                if (!e.lastModified().isEmpty()) {
                    request.header("If-Modified-Since", e.lastModified());
                }
            });
            HttpResponse<InputStream> response = send(request.build(), deadline);
            int status = response.statusCode();
            if (status == 304 && revalidate.isPresent()) {
                response.body().close();
                return Optional.empty();
            }
            if (status != 200) {
                throw refusal(url, response);
            }
            return Optional.of(receive(file, url, cache, response, deadline));
        });
    }

    /**
     * An answer of HTTP 200 to a posted request.
     *
     * @param contentType its {@code Content-Type} header, empty when it sent none
     * @param text its body
     */
    record JsonAnswer(String contentType, String text) {
    }

    /**
     * Posts a JSON request and returns the answer.
     *
     * @param what what the request is, for messages
     */
    JsonAnswer postJson(URI url, String json, String what) {
        String ua = options.userAgent();
        return withRetries(url, what, deadline -> {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(deadline.limit(options.connectTimeout()))
                    .header("User-Agent", ua).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
            HttpResponse<InputStream> response = send(request, deadline);
            if (response.statusCode() != 200) {
                throw refusal(url, response);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            long n = copy(response, bytes, MAX_ANSWER_BYTES, null, deadline);
            OptionalLong length = response.headers().firstValueAsLong("Content-Length");
            if (length.isPresent() && n != length.getAsLong()) {
                throw new Retryable(String.format("connection closed after %,d of %,d bytes", n,
                        length.getAsLong()), 0, Duration.ZERO, null);
            }
            return new JsonAnswer(response.headers().firstValue("Content-Type").orElse(""),
                    bytes.toString(StandardCharsets.UTF_8));
        });
    }

    private HttpResponse<InputStream> send(HttpRequest request, Deadline deadline) throws Retryable, Stopped {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            if (deadline.passed()) {
                throw deadline.stopped("no answer yet", e);
            }
            throw new Retryable("no answer within " + FailureWords.duration(options.connectTimeout()), 0,
                    Duration.ZERO, e);
        } catch (IOException e) {
            throw new Retryable(FailureWords.beforeAnswer(e, request.uri()), 0, Duration.ZERO, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while requesting " + request.uri(), request.uri(), 0, e);
        }
    }

    private Downloaded receive(BlsFile file, URI url, BlsCache cache, HttpResponse<InputStream> response,
                               Deadline deadline) throws Retryable, Stopped {
        OptionalLong length = response.headers().firstValueAsLong("Content-Length");
        DownloadListener listener = options.listener();
        listener.started(file, url, length.orElse(-1));
        Path part;
        try {
            part = cache.newPart(file);
            long free = cache.freeSpace();
            if (length.isPresent() && free > 0 && free < length.getAsLong()) {
                Files.deleteIfExists(part);
                throw CacheFolderException.diskFull(cache.directory(), String.format(": %s needs %,d bytes and %,d "
                        + "bytes are free there", file.fileName(), length.getAsLong(), free), null);
            }
        } catch (IOException e) {
            closeQuietly(response.body());
            throw new CacheFolderException(cache.directory(), "write to", e);
        } catch (CacheFolderException e) {
            closeQuietly(response.body());
            throw e;
        }
        boolean kept = false;
        long[] written = {0};
        try {
            MessageDigest digest = BlsCache.newDigest();
            long n;
            try (OutputStream out = cache.openPart(part)) {
                n = copy(response, new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        try {
                            out.write(b, off, len);
                        } catch (IOException e) {
                            throw new WriteFailed(e);
                        }
                        digest.update(b, off, len);
                        written[0] += len;
                    }
                }, Long.MAX_VALUE, listener, deadline);
            } catch (WriteFailed e) {
                closeQuietly(response.body());
                throw CacheFolderException.writing(cache, file, part, length, e.getCause());
            } catch (IOException e) {
                throw CacheFolderException.writing(cache, file, part, length, e);
            }
            if (length.isPresent() && n != length.getAsLong()) {
                throw new Retryable(String.format("connection closed after %,d of %,d bytes", n, length.getAsLong()),
                        0, Duration.ZERO, null);
            }
            kept = true;
            return new Downloaded(part, n, HexFormat.of().formatHex(digest.digest()),
                    response.headers().firstValue("Last-Modified").orElse(""),
                    response.headers().firstValue("ETag").orElse(""));
        } finally {
            listener.ended(written[0], kept);
            if (!kept) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // a leftover .part file is removed by a later download of the same file
                }
            }
        }
    }

    /** A write to the cache that failed: a problem of this machine, never retried (unlike a read of the body). */
    private static final class WriteFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailed(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /**
     * Copies a body, cutting it when no byte arrives for the read timeout, or when the deadline passes (the watchdog
     * closes the stream, which ends a blocked read).
     */
    private long copy(HttpResponse<InputStream> response, OutputStream out, long max, DownloadListener listener,
                      Deadline deadline) throws Retryable, Stopped {
        InputStream body = response.body();
        long start = System.nanoTime();
        AtomicLong lastByte = new AtomicLong(start);
        AtomicBoolean stalled = new AtomicBoolean();
        AtomicBoolean late = new AtomicBoolean();
        long timeout = options.readTimeout().toNanos();
        long period = Math.max(10, Math.min(1000, Math.min(options.readTimeout().toMillis() / 4,
                deadline.length().toMillis() / 10)));
        ScheduledFuture<?> watch = WATCHDOG.scheduleAtFixedRate(() -> {
            if (deadline.passed() && !stalled.get() && late.compareAndSet(false, true)) {
                closeQuietly(body);
            } else if (System.nanoTime() - lastByte.get() > timeout && !late.get()
                    && stalled.compareAndSet(false, true)) {
                closeQuietly(body);
            }
        }, period, period, TimeUnit.MILLISECONDS);
        long n = 0;
        try (body) {
            byte[] buffer = new byte[1 << 16];
            for (int k; (k = body.read(buffer)) >= 0; ) {
                lastByte.set(System.nanoTime());
                n += k;
                if (n > max) {
                    throw new FetchException(String.format("the answer from %s is larger than %,d bytes",
                            response.uri(), max), response.uri(), 200, null);
                }
                out.write(buffer, 0, k);
                if (listener != null) {
                    listener.progressed(n);
                }
            }
            return n;
        } catch (IOException e) {
            if (late.get()) {
                OptionalLong length = response.headers().firstValueAsLong("Content-Length");
                throw deadline.stopped(String.format("%,d%s bytes received at %s", n, length.isPresent()
                        ? String.format(" of %,d", length.getAsLong()) : "",
                        FailureWords.rate(n, System.nanoTime() - start)), e);
            }
            String why = stalled.get() ? String.format("no byte received for %s after %,d bytes",
                    FailureWords.duration(options.readTimeout()), n) : FailureWords.midBody(e, n,
                    response.headers().firstValueAsLong("Content-Length"));
            throw new Retryable(why, 0, Duration.ZERO, e);
        } finally {
            watch.cancel(false);
        }
    }

    /** A non-200 answer: a retryable failure (429, 5xx) or a final one that says what BLS's answer means. */
    private Exception refusal(URI url, HttpResponse<InputStream> response) {
        int status = response.statusCode();
        closeQuietly(response.body());
        if (status == 429 || status == 500 || status == 502 || status == 503 || status == 504) {
            Duration retryAfter = retryAfter(response.headers().firstValue("Retry-After").orElse(""), Instant.now());
            return new Retryable("HTTP " + status + (status == 429 ? " (too many requests)" : ""), status, retryAfter,
                    null);
        }
        String meaning = switch (status) {
            case 403 -> "403 Forbidden: BLS's servers refuse automated clients without contact information in the "
                    + "User-Agent (this client sent '" + options.userAgent() + "'), and block a machine for a while "
                    + "after a burst of requests; check the contact e-mail, wait, and try again later";
            case 404, 410 -> status + ": no such file on BLS's server (BLS may not have published it, or moved it)";
            default -> "HTTP " + status;
        };
        return new FetchException(url + " answered " + meaning, url, status, null);
    }

    /**
     * The pause a {@code Retry-After} header asks for: whole seconds, or an HTTP date (RFC 9110: IMF-fixdate, as
     * RFC 1123 writes it) from which the wait until then is taken. A date in the past, a negative or unreadable value
     * asks for no pause; the cap ({@link FetchOptions#maxBackoff()}) is applied by the caller.
     */
    static Duration retryAfter(String value, Instant now) {
        String v = value.strip();
        if (v.matches("\\d{1,18}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            Duration until = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException unreadable) {
            return Duration.ZERO;
        }
    }

    @FunctionalInterface
    private interface Attempt<T> {
        T run(Deadline deadline) throws Exception;
    }

    private <T> T withRetries(URI url, String what, Attempt<T> attempt) {
        int max = options.maxAttempts();
        Deadline deadline = new Deadline(System.nanoTime() + options.deadline().toNanos(), options.deadline());
        for (int n = 1; ; n++) {
            awaitTurn(url);
            Retryable failure;
            try {
                return attempt.run(deadline);
            } catch (Retryable r) {
                failure = r;
            } catch (Stopped s) {
                throw new FetchException(what + " from " + url + " " + s.getMessage(), url, 0, s.getCause());
            } catch (FetchException e) {
                throw e;
            } catch (Exception e) {
                throw new FetchException(what + " from " + url + " failed unexpectedly" + FailureWords.detail(e, ": ",
                        ""), url, 0, e);
            }
            Optional<String> unreachable = unreachable(failure.getCause());
            if (unreachable.isPresent()) {
                // No server answers at that address: another attempt seconds later would only delay the answer.
                throw new FetchException(what + " from " + url + " failed, not retried: " + failure.getMessage()
                        + "; " + unreachable.get(), url, 0, failure.getCause());
            }
            if (n >= max) {
                throw new FetchException(what + " from " + url + " failed after " + n + " attempt"
                        + (n == 1 ? "" : "s") + "; the last: " + failure.getMessage()
                        + tooMany(failure), url, failure.status, failure.getCause());
            }
            Duration wait = pause(n, failure.retryAfter);
            if (!deadline.allows(wait)) {
                throw new FetchException(what + " from " + url + " failed after " + n + " attempt"
                        + (n == 1 ? "" : "s") + "; the last: " + failure.getMessage() + tooMany(failure)
                        + "; no further attempt: the next would start after the "
                        + FailureWords.duration(deadline.length()) + " deadline" + deadlineHint(), url, failure.status,
                        failure.getCause());
            }
            options.listener().retrying(url, failure.getMessage(), n + 1, max, wait);
            sleep(url, wait);
        }
    }

    /**
     * Why a failure means the host cannot be reached at all, when it does: the connection was refused, the name
     * does not resolve, there is no route, or no connection was made within the connect timeout. Retries are kept
     * for a server that answers and fails (429, 5xx) and for a connection that breaks or stalls once made.
     */
    static Optional<String> unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return Optional.of("the host name cannot be resolved (no network, or no such host)");
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return Optional.of("no connection to the host within the connect timeout");
            }
            if (t instanceof NoRouteToHostException) {
                return Optional.of("there is no route to the host (no network)");
            }
            if (t instanceof ConnectException) {
                return Optional.of("the host cannot be reached");
            }
        }
        return Optional.empty();
    }

    /** The pause before attempt {@code n + 1}: doubling from the initial backoff, the server's wish if longer, capped. */
    private Duration pause(int n, Duration retryAfter) {
        Duration doubling = options.initialBackoff().multipliedBy(1L << Math.min(n - 1, 20));
        Duration wanted = doubling.compareTo(retryAfter) >= 0 ? doubling : retryAfter;
        return wanted.compareTo(options.maxBackoff()) <= 0 ? wanted : options.maxBackoff();
    }

    /** Waits until the polite pause since the last request to the same host has passed, then claims the slot. */
    private void awaitTurn(URI url) {
        long pause = options.politePause().toNanos();
        if (pause == 0) {
            return;
        }
        String host = url.getScheme() + "://" + url.getAuthority();
        while (true) {
            long now = System.nanoTime();
            Long next = NEXT_REQUEST.get(host);
            long start = next == null ? now : Math.max(now, next);
            boolean claimed = next == null ? NEXT_REQUEST.putIfAbsent(host, start + pause) == null
                    : NEXT_REQUEST.replace(host, next, start + pause);
            if (claimed) {
                sleep(url, Duration.ofNanos(start - now));
                return;
            }
        }
    }

    private static void sleep(URI url, Duration d) {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while waiting to request " + url, url, 0, e);
        }
    }

    private static String tooMany(Retryable failure) {
        return failure.status == 429 ? " (BLS limits how fast a machine may ask; wait and try again)" : "";
    }

    private static String deadlineHint() {
        return " (set a longer one with -D" + FetchOptions.DEADLINE_PROPERTY + "=SECONDS or "
                + FetchOptions.DEADLINE_ENV + ", or try again later)";
    }

    /** When one download or API request, its retries included, must have ended. */
    private record Deadline(long endNanos, Duration length) {
        boolean passed() {
            return System.nanoTime() - endNanos >= 0;
        }

        /** @return true when a pause of {@code wait} from now ends before the deadline */
        boolean allows(Duration wait) {
            return System.nanoTime() + wait.toNanos() - endNanos < 0;
        }

        /** @return {@code d}, or the time left when that is shorter (at least 1 ms: HttpClient needs a positive one) */
        Duration limit(Duration d) {
            long left = Math.max(1_000_000, endNanos - System.nanoTime());
            return left < d.toNanos() ? Duration.ofNanos(left) : d;
        }

        Stopped stopped(String what, Throwable cause) {
            return new Stopped("did not finish within the " + FailureWords.duration(length) + " deadline (retries "
                    + "included): " + what + deadlineHint(), cause);
        }
    }

    /** A failure that ends the request without another attempt. */
    private static final class Stopped extends Exception {
        private static final long serialVersionUID = 1L;

        Stopped(String reason, Throwable cause) {
            super(reason, cause, false, false);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the body is abandoned either way
        }
    }

    /** A failure worth another attempt. */
    private static final class Retryable extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final transient Duration retryAfter;

        Retryable(String reason, int status, Duration retryAfter, Throwable cause) {
            super(reason, cause, false, false);
            this.status = status;
            this.retryAfter = retryAfter;
        }
    }
}
