package io.github.wageoutlook.cli;

import io.github.wageoutlook.fetch.BlsFetcher;
import io.github.wageoutlook.fetch.CacheFolderException;
import io.github.wageoutlook.fetch.FetchException;
import io.github.wageoutlook.fetch.MissingContactException;
import io.github.wageoutlook.fetch.NotCachedException;
import io.github.wageoutlook.fetch.OewsFile;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsReader;
import io.github.wageoutlook.oews.OewsTable;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The OEWS files the occupation commands read besides the embedded data: a file given with {@code --file} (a BLS zip
 * as downloaded, or any OEWS workbook or CSV), and a file fetched from the cache or from BLS, with what to do by hand
 * when it cannot be downloaded. {@link OewsSelection} decides which file a command needs.
 */
final class OewsFiles {
    private static final Pattern BLS_ZIP = Pattern.compile("oesm(\\d{2})(nat|st|ma|all)\\b.*\\.zip");

    private OewsFiles() {
    }

    /**
     * The file from the cache, or downloaded from BLS, saying on standard error what it reads and what it downloads
     * (settings from the environment — {@code WAGE_OUTLOOK_CONTACT}, {@code WAGE_OUTLOOK_CACHE}, offline mode — or
     * {@code --contact}, {@code --cache} and {@code --offline}, as the {@code fetch} command takes them). When the
     * download cannot be made (no network, offline mode, BLS refusing or failing), the message says how to get the
     * file by hand: BLS's address, and the {@code --file} to pass.
     *
     * @param why the option that needs the file, e.g. {@code --area TX} or {@code --by state}
     */
    static OewsTable fetched(Arguments args, OewsFile file, String why) {
        PrintStream err = Diagnostics.err();
        String embedded = file.kind().isIndustry() ? "the embedded industry estimates are of May "
                + Oews.industryYears().stream().map(String::valueOf).collect(Collectors.joining(", "))
                : "the embedded data are national";
        err.println(why + ": " + embedded + "; reading " + file.description() + " from the cache or from BLS (see "
                + "`fetch --list`)");
        BlsFetcher fetcher = BlsFetcher.of(FetchCommand.options(args, err));
        try {
            return Oews.fetch(file, fetcher);
        } catch (NotCachedException e) {
            throw new NotFoundException(e.getMessage() + "; " + byHand(file));
        } catch (MissingContactException | CacheFolderException e) {
            throw e;
        } catch (FetchException e) {
            if (e.isNotFound()) {
                throw e;
            }
            throw new FetchException(e.getMessage() + ". " + Character.toUpperCase(byHand(file).charAt(0))
                    + byHand(file).substring(1), e.url().orElse(null), e.status(), e);
        }
    }

    /** How to get a BLS zip without this program downloading it. */
    private static String byHand(OewsFile file) {
        return "or download it in a browser from " + Places.url(file) + " and pass it with --file "
                + file.fileName();
    }

    /**
     * An OEWS file given with {@code --file}: a zip as BLS publishes it ({@code oesm24st.zip}, as a browser saves it)
     * is read by its name's year and kind, choosing the data workbook inside by content; anything else by
     * {@link Oews#read(Path)}.
     */
    static OewsTable read(Path path) {
        Matcher zip = BLS_ZIP.matcher(path.getFileName().toString().toLowerCase(Locale.ROOT));
        if (zip.matches()) {
            int year = 2000 + Integer.parseInt(zip.group(1));
            OewsFile.Kind kind = Arrays.stream(OewsFile.Kind.values()).filter(k -> !k.isIndustry()
                    && k.zipSuffix().equals(zip.group(2))).findFirst().orElseThrow();
            return OewsReader.readZip(path, new OewsFile(year, kind));
        }
        return Oews.read(path);
    }
}
