package io.github.wageoutlook.cli;

import io.github.wageoutlook.fetch.CacheFolderException;
import io.github.wageoutlook.fetch.FetchException;
import io.github.wageoutlook.fetch.MissingContactException;
import io.github.wageoutlook.fetch.NotCachedException;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.oews.LookupException;
import io.github.wageoutlook.oews.MixedContextsException;
import io.github.wageoutlook.oews.OccupationLookupException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * The exit codes of the command line, one meaning each, and the one place that maps a failure to its code
 * ({@link #from(RuntimeException)}). {@code --help} and the README print {@link #table()}.
 *
 * <pre>{@code
 * ExitCode.from(new NotFoundException("no OEWS data for 2013")).code();   // 3
 * }</pre>
 */
public enum ExitCode {
    /** The command did what was asked (hints may still go to standard error). */
    OK(0, "ok"),
    /** An error the program did not expect: a bug. */
    INTERNAL_ERROR(1, "internal error (a bug: please report the command line)"),
    /** The command line is wrong: unknown command or option, missing or malformed value, value out of range. */
    USAGE(2, "bad usage: unknown command or option, a missing or malformed argument, a value out of range, "
            + "options that exclude each other, rows of several areas, industries or ownerships where one is needed"),
    /**
     * Something named does not exist: occupation, group, year, area, industry, ownership, file, or a figure the data
     * do not hold.
     */
    NOT_FOUND(3, "not found: occupation, group, year, area, industry, ownership, file (or its folder), or a figure "
            + "the data do not hold (e.g. a CPI-U year)"),
    /**
     * A file exists but cannot be read (not the expected format, damaged, no permission), or an output file or the
     * download cache folder cannot be written.
     */
    UNREADABLE(4, "a file that exists but cannot be read (not the expected format, damaged, no permission), or "
            + "an output file or the download cache folder that cannot be written"),
    /** The text names several occupations, areas, industries or ownerships; they are listed on standard error. */
    AMBIGUOUS(5, "ambiguous: the text matches several occupations, areas, industries or ownerships (listed); give "
            + "a code"),
    /** BLS's server refused a download or API request, or kept failing after the retries ({@code fetch}). */
    NETWORK(6, "BLS's server refused a download or API request, or kept failing after the retries (fetch)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** @return the process exit status */
    public int code() {
        return code;
    }

    /** @return what the code means, as printed by {@code --help} */
    public String meaning() {
        return meaning;
    }

    /**
     * The code for a failure of a command. A missing file is {@link #NOT_FOUND} even when a reader reports it (as a
     * {@link FileFormatException} or {@link UncheckedIOException} caused by {@link NoSuchFileException}); a library
     * {@link IllegalArgumentException} is an argument out of range, {@link #USAGE}.
     *
     * @param failure what a command threw
     * @return its exit code
     */
    public static ExitCode from(RuntimeException failure) {
        if (failure instanceof UsageException) {
            return USAGE;
        }
        if (failure instanceof NotFoundException) {
            return NOT_FOUND;
        }
        if (failure instanceof OccupationLookupException e) {
            return e.isAmbiguous() ? AMBIGUOUS : NOT_FOUND;
        }
        if (failure instanceof LookupException e) {
            return e.isAmbiguous() ? AMBIGUOUS : NOT_FOUND;
        }
        if (failure instanceof MixedContextsException || failure instanceof MissingContactException) {
            return USAGE;
        }
        if (failure instanceof CacheFolderException) {
            return UNREADABLE;
        }
        if (failure instanceof NotCachedException) {
            return NOT_FOUND;
        }
        if (failure instanceof FetchException e) {
            return e.isNotFound() ? NOT_FOUND : NETWORK;
        }
        if (failure instanceof FileFormatException || failure instanceof UncheckedIOException) {
            for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
                if (t instanceof NoSuchFileException) {
                    return NOT_FOUND;
                }
            }
            return UNREADABLE;
        }
        if (failure instanceof IllegalArgumentException) {
            return USAGE;
        }
        return INTERNAL_ERROR;
    }

    /**
     * The table printed by {@code --help}: one line per code.
     *
     * @return the lines, joined by line breaks
     */
    public static String table() {
        StringBuilder b = new StringBuilder();
        for (ExitCode c : values()) {
            b.append(String.format(Locale.ROOT, "  %d  %s%n", c.code, c.meaning));
        }
        return b.toString();
    }
}
