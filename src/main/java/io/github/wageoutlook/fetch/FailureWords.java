package io.github.wageoutlook.fetch;

import java.io.EOFException;
import java.math.BigDecimal;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * What a network failure means, and how long and how fast, in words a user reads: "connection refused by 127.0.0.1:8080", "connection broken
 * after 1,024 of 4,096 bytes (closed by the server)". The JDK's exceptions name themselves by class
 * ({@code java.net.ConnectException}, often without a message); messages of this package never do.
 */
final class FailureWords {
    /** A qualified class name ({@code java.io.IOException}) with the colon that follows it, as {@code toString} writes. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?::\\s*)?");
    private static final Pattern SIMPLE = Pattern.compile("\\w+(?:Exception|Error)\\b");

    private FailureWords() {
    }

    /**
     * A request that got no answer.
     *
     * @param e the failure of {@code HttpClient.send}
     * @param url the request's URL
     * @return e.g. "connection refused by 127.0.0.1:8080 (no server listens there: check the address)"
     */
    static String beforeAnswer(IOException e, URI url) {
        String host = url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort();
        if (has(e, UnresolvedAddressException.class) || has(e, UnknownHostException.class)) {
            return "host " + url.getHost() + " not found (check the address and this machine's network or DNS)";
        }
        if (e instanceof HttpConnectTimeoutException) {
            return "no connection to " + host + " within the connect timeout (the host or the network is down, or "
                    + "a firewall drops the request)";
        }
        if (has(e, SSLException.class)) {
            return "the secure connection (TLS) to " + host + " failed" + detail(e, " (", ")")
                    + " (a proxy that rewrites HTTPS, or a clock far off)";
        }
        if (e instanceof ConnectException) {
            return "connection refused by " + host + " (no server listens there: check the address, the mirror URL "
                    + "or the proxy)";
        }
        return "the connection to " + host + " failed before an answer" + detail(e, " (", ")");
    }

    /**
     * A body cut before its end.
     *
     * @param e the failure of a read
     * @param bytes bytes received
     * @param length the length the server announced, if it did
     * @return e.g. "connection broken after 1,024 of 4,096 bytes (closed by the server)"
     */
    static String midBody(IOException e, long bytes, OptionalLong length) {
        String detail = detail(e, "", "");
        String lower = detail.toLowerCase(Locale.ROOT);
        String why = e instanceof EOFException || lower.equals("closed") || lower.contains("eof")
                ? "closed by the server" : lower.contains("reset") ? "reset by the server or the network"
                : detail.isEmpty() ? "no detail" : detail;
        return String.format("connection broken after %,d%s bytes (%s)", bytes,
                length.isPresent() ? String.format(" of %,d", length.getAsLong()) : "", why);
    }

    /**
     * The first message of a failure or its causes that says something once class names are taken out.
     *
     * @return the message between {@code before} and {@code after}, or empty when there is none
     */
    static String detail(Throwable e, String before, String after) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m == null) {
                continue;
            }
            String clean = SIMPLE.matcher(QUALIFIED.matcher(m).replaceAll("")).replaceAll("").strip();
            if (!clean.isEmpty()) {
                return before + clean + after;
            }
        }
        return "";
    }

    /**
     * What an answer starts with, for a message: its first 80 characters, white space runs as one space, anything
     * unprintable as {@code ?}.
     *
     * @param text the answer's text
     * @return e.g. {@code <html><body>Access Denied</body></html>}
     */
    static String startOf(String text) {
        String head = text.length() > 80 ? text.substring(0, 80) : text;
        return head.replaceAll("\\s+", " ").strip().replaceAll("[^\\x20-\\x7e]", "?");
    }

    /** A duration as a person reads it: 300 ms, 1.5 s, 60 s, 10 min. */
    static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms % 60_000 == 0 && ms > 60_000) {
            return ms / 60_000 + " min";
        }
        return BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + " s";
    }

    /** A transfer rate: 1.0 KB/s, 2.4 MB/s. */
    static String rate(long bytes, long nanos) {
        double perSecond = bytes / Math.max(1e-3, nanos / 1e9);
        return perSecond >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB/s", perSecond / (1 << 20))
                : String.format(Locale.ROOT, "%.1f KB/s", perSecond / 1024);
    }

    private static boolean has(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
