package io.github.wageoutlook.cli;

import java.io.PrintStream;

/**
 * The standard-error stream of the command being run, for what a command prints beside its result without the
 * stream being handed through every call: the download notes of {@code --area} when it fetches a state or
 * metropolitan file. {@link Main} sets it around each command; outside a command it is {@code System.err}.
 */
final class Diagnostics {
    private static final ThreadLocal<PrintStream> ERR = new ThreadLocal<>();

    private Diagnostics() {
    }

    /** @return the current command's standard error */
    static PrintStream err() {
        PrintStream err = ERR.get();
        return err != null ? err : System.err;
    }

    /**
     * Runs a command body with {@code err} as its standard error.
     *
     * @param err the stream
     * @param body the command
     * @return the command's exit code
     */
    static int with(PrintStream err, java.util.function.IntSupplier body) {
        PrintStream before = ERR.get();
        ERR.set(err);
        try {
            return body.getAsInt();
        } finally {
            if (before == null) {
                ERR.remove();
            } else {
                ERR.set(before);
            }
        }
    }
}
