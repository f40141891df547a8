package io.github.wageoutlook.cli;

import io.github.wageoutlook.fetch.BlsFile;
import io.github.wageoutlook.fetch.DownloadListener;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Tells on standard error what a download does: a line naming the URL and size, a progress bar (me.tongfei
 * progressbar) while a file of over a megabyte, or of unknown size, arrives on an interactive terminal, otherwise (a
 * log, a pipe, a small file) a plain line every 10 s with the bytes so far and the rate, a line per retry, and the
 * notes of the cache (a corrupt copy fetched again, a copy checked against BLS's server).
 */
final class ProgressBarListener implements DownloadListener {
    private static final long LONG_DOWNLOAD = 1 << 20;
    private static final long LINE_EVERY = 10_000_000_000L;

    private final PrintStream err;
    private final boolean interactive;
    private final LongSupplier nanoClock;
    private ProgressBar bar;
    private String fileName;
    private long totalBytes;
    private long startedAt;
    private long nextLine;

    ProgressBarListener(PrintStream err, boolean interactive) {
        this(err, interactive, System::nanoTime);
    }

    /** @param nanoClock the time in nanoseconds, as {@link System#nanoTime()} gives it (a test passes its own) */
    ProgressBarListener(PrintStream err, boolean interactive, LongSupplier nanoClock) {
        this.err = err;
        this.interactive = interactive;
        this.nanoClock = nanoClock;
    }

    @Override
    public void started(BlsFile file, URI url, long totalBytes) {
        err.println("Downloading " + url + (totalBytes >= 0 ? String.format(" (%,d bytes)", totalBytes) : ""));
        this.fileName = file.fileName();
        this.totalBytes = totalBytes;
        this.startedAt = nanoClock.getAsLong();
        this.nextLine = startedAt + LINE_EVERY;
        if (interactive && (totalBytes < 0 || totalBytes > LONG_DOWNLOAD)) {
            bar = new ProgressBarBuilder().setTaskName(file.fileName()).setInitialMax(totalBytes)
                    .setUnit(" MB", 1 << 20).showSpeed().setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(err, 100)).build();
        }
    }

    @Override
    public void progressed(long bytesSoFar) {
        if (bar != null) {
            bar.stepTo(bytesSoFar);
            return;
        }
        long now = nanoClock.getAsLong();
        if (now - nextLine >= 0) {
            nextLine = now + LINE_EVERY;
            double seconds = (now - startedAt) / 1e9;
            err.printf(Locale.ROOT, "  %s: %,d%s bytes%s in %.0f s, %.1f KB/s%n", fileName, bytesSoFar,
                    totalBytes > 0 ? String.format(Locale.ROOT, " of %,d", totalBytes) : "",
                    totalBytes > 0 ? String.format(Locale.ROOT, " (%d%%)", bytesSoFar * 100 / totalBytes) : "",
                    seconds, bytesSoFar / 1024.0 / Math.max(seconds, 1e-3));
        }
    }

    @Override
    public void ended(long bytes, boolean complete) {
        if (bar != null) {
            bar.stepTo(bytes);
            bar.close();
            bar = null;
        }
        if (!complete) {
            err.printf("Download stopped after %,d bytes%n", bytes);
        }
    }

    @Override
    public void retrying(URI url, String reason, int nextAttempt, int maxAttempts, Duration wait) {
        err.printf("%s: %s; attempt %d of %d in %.1f s%n", url, reason, nextAttempt, maxAttempts,
                wait.toMillis() / 1000.0);
    }

    @Override
    public void note(String message) {
        err.println(message);
    }
}
