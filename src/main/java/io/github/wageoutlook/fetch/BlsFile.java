package io.github.wageoutlook.fetch;

/**
 * A file BLS publishes that this library can fetch, cache and read: an OEWS zip ({@link OewsFile}), the Employment
 * Projections occupation workbook ({@link ProjectionsFile}) or a CPI LABSTAT flat file ({@link CpiFile}).
 *
 * <p>Each knows its name as BLS publishes it (which is also its name in the cache), the host and path it is served
 * from (see {@link BlsSite}), a description a person reads, and the {@code fetch} command line that fetches it.
 *
 * <pre>{@code BlsFile f = OewsFile.state(2024); f.fileName();   // oesm24st.zip}</pre>
 */
public sealed interface BlsFile permits OewsFile, ProjectionsFile, CpiFile {

    /** @return the file name as BLS publishes it, and its name in the cache, e.g. {@code oesm24st.zip} */
    String fileName();

    /** @return the BLS host that serves it */
    BlsSite.Host host();

    /** @return its path under the host, e.g. {@code oes/special-requests/oesm24st.zip} */
    String path();

    /** @return what it holds, e.g. "OEWS May 2024 state estimates" */
    String description();

    /** @return the command that fetches it, e.g. {@code java -jar wage-outlook.jar fetch oews state 2024} */
    String fetchCommand();

    /**
     * Whether BLS republishes the file in place under the same name (the current Employment Projections cycle, the
     * CPI flat files). A cached copy of such a file older than {@link FetchOptions#maxAge()} is checked against
     * BLS's server before use; a survey year's OEWS zip is used from the cache as it is.
     *
     * @return true for files that change over time
     */
    boolean changesOverTime();

    /** @return true when the file is a zip archive (an OEWS zip, an .xlsx workbook) */
    boolean isZip();
}
