package io.github.wageoutlook.cli;

import io.github.wageoutlook.fetch.BlsFile;
import io.github.wageoutlook.fetch.DownloadListener;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Tells on standard error what a download does: a line naming the URL and size, a progress bar (me.tongfei
 * progressbar) while a file of over a megabyte, or of unknown size, arrives on an interactive terminal, a line per
 * retry, and the notes of the cache (a corrupt copy fetched again, a copy checked against BLS's server).
 */
final class ProgressBarListener implements DownloadListener {
    private static final long LONG_DOWNLOAD = 1 << 20;

    private final PrintStream err;
    private final boolean interactive;
    private ProgressBar bar;

    ProgressBarListener(PrintStream err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
    }

    @Override
    public void started(BlsFile file, URI url, long totalBytes) {
        err.println("Downloading " + url + (totalBytes >= 0 ? String.format(" (%,d bytes)", totalBytes) : ""));
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
