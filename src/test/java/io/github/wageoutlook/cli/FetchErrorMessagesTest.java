package io.github.wageoutlook.cli;

import io.github.wageoutlook.fetch.FetchOptions;
import io.github.wageoutlook.testing.LocalBls;
import io.github.wageoutlook.testing.LocalBls.Fault;
import io.github.wageoutlook.testing.LocalBls.Reply;
import io.github.wageoutlook.testing.RealFiles;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code fetch} prints when BLS's server (or the network) misbehaves says what happened in words, never a Java
 * class name: every standard-error line of every failure path is checked against the pattern of a qualified class
 * name and of an exception's simple name.
 */
class FetchErrorMessagesTest {
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|sun|com|org)\\.[a-z]+\\.[A-Z]\\w*"
            + "|\\w+Exception\\b");
    private static final String ZIP = "oes/special-requests/oesm18nat.zip";

    @TempDir
    Path cache;
    private LocalBls bls;
    private String deadlineBefore;

    @BeforeEach
    void start() throws IOException {
        bls = new LocalBls();
        // 2.5 s for each download, retries included: one retry after 2 s, and no path of this test runs for minutes.
        deadlineBefore = System.getProperty(FetchOptions.DEADLINE_PROPERTY);
        System.setProperty(FetchOptions.DEADLINE_PROPERTY, "2.5");
    }

    @AfterEach
    void stop() {
        bls.close();
        if (deadlineBefore == null) {
            System.clearProperty(FetchOptions.DEADLINE_PROPERTY);
        } else {
            System.setProperty(FetchOptions.DEADLINE_PROPERTY, deadlineBefore);
        }
    }

    private CliRun fetchFrom(URI base) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("fetch", "oews", "national", "2018",
                "--cache", cache.toString(), "--contact", "analyst@example.org", "--bls-url", base.toString()));
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort() + "/");
        }
    }

    /** Each path: its exit code and a phrase its message must hold. */
    private record Failure(String name, Reply reply, int code, String says) {
    }

    @Test
    void everyFailurePathOfFetch_saysWhatHappenedInWords_withoutAJavaClassName() throws IOException {
        byte[] zip = RealFiles.nationalZip(2018);
        List<Failure> paths = List.of(
                new Failure("cut mid-body", Reply.ok(zip).fault(Fault.CUT), 6, "connection broken after "),
                new Failure("stalled", Reply.ok(zip).fault(Fault.STALL), 6, "did not finish within the 2.5 s deadline"),
                new Failure("403", Reply.status(403), 6, "403 Forbidden"),
                new Failure("404", Reply.status(404), 3, "no such file on BLS's server"),
                new Failure("429 that lasts", Reply.status(429).with("Retry-After", "1"), 6, "HTTP 429"),
                new Failure("an HTML page", Reply.ok("<html><body>Access Denied</body></html>".getBytes()), 6,
                        "is not a zip archive"));
        List<String> problems = new ArrayList<>();
        CliRun refused = fetchFrom(closedPort());
        check("connection refused", refused, 6, "connection refused by 127.0.0.1:", problems);
        for (Failure p : paths) {
            bls.serve(ZIP, p.reply());
            check(p.name(), fetchFrom(bls.base()), p.code(), p.says(), problems);
        }
        assertEquals(List.of(), problems);
    }

    private static void check(String name, CliRun r, int code, String says, List<String> problems) {
        if (r.code() != code) {
            problems.add(name + ": exit " + r.code() + ", not " + code + ":\n" + r.err());
        }
        if (!r.err().contains(says)) {
            problems.add(name + ": stderr does not say '" + says + "':\n" + r.err());
        }
        for (String line : r.err().lines().toList()) {
            if (CLASS_NAME.matcher(line).find()) {
                problems.add(name + ": a Java class name on stderr: " + line);
            }
        }
        assertTrue(r.out().isEmpty() || !CLASS_NAME.matcher(r.out()).find(), r.out());
    }
}
