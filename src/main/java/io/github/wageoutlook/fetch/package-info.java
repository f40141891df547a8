/**
 * Getting data from BLS — it moves bytes and knows BLS's addresses, zips and cache, and builds no domain table: the published files this library reads (OEWS zips of any survey year and kind, the current
 * Employment Projections workbook, CPI LABSTAT flat files), downloaded politely into a local cache, and a client
 * of the BLS Public Data API v2.
 *
 * <p>A tour:
 * <ul>
 *   <li>{@link io.github.wageoutlook.fetch.BlsFetcher} — the main entry: fetches a
 *       {@link io.github.wageoutlook.fetch.BlsFile} ({@link io.github.wageoutlook.fetch.OewsFile},
 *       {@link io.github.wageoutlook.fetch.ProjectionsFile}, {@link io.github.wageoutlook.fetch.CpiFile}) into the
 *       {@link io.github.wageoutlook.fetch.BlsCache} and hands the cached file to the reader of its domain package
 *       ({@code Oews.fetch}, {@code Projections.fetchLatest} and {@code Cpi.fetchLatest} pass theirs); a file that
 *       reader cannot read is removed from the cache. {@link io.github.wageoutlook.fetch.OewsZip} picks the data
 *       entry of an OEWS zip by content.</li>
 *   <li>{@link io.github.wageoutlook.fetch.FetchOptions} — contact e-mail for the User-Agent (BLS answers 403
 *       without one), cache folder, servers ({@link io.github.wageoutlook.fetch.BlsSite}: BLS's, or a mirror),
 *       offline mode, API key, timeouts, retries, pauses; from system properties and environment variables.</li>
 *   <li>{@link io.github.wageoutlook.fetch.BlsApi} — the Public Data API: a
 *       {@link io.github.wageoutlook.fetch.SeriesRequest} of any size split to the documented
 *       {@link io.github.wageoutlook.fetch.ApiLimits}, merged into {@link io.github.wageoutlook.fetch.SeriesData}
 *       with typed {@link io.github.wageoutlook.fetch.ApiWarning}s, as published; the domain packages read it
 *       ({@code PriceIndex.from(data, seriesId)}, {@code OewsSeries.wage(data, id)} for
 *       {@link io.github.wageoutlook.fetch.OewsSeriesId}s).</li>
 *   <li>Failures: {@link io.github.wageoutlook.fetch.FetchException} and its kinds
 *       ({@link io.github.wageoutlook.fetch.MissingContactException},
 *       {@link io.github.wageoutlook.fetch.NotCachedException},
 *       {@link io.github.wageoutlook.fetch.RequestNotProcessedException},
 *       {@link io.github.wageoutlook.fetch.PartialAnswerException},
 *       {@link io.github.wageoutlook.fetch.CacheFolderException}).</li>
 * </ul>
 *
 * <pre>{@code
 * OewsTable texas = Oews.fetch(OewsFile.state(2024)).area("48");   // WAGE_OUTLOOK_CONTACT=you@example.org
 * SeriesData d = BlsApi.fromEnvironment().fetch(SeriesRequest.of(List.of("CUUR0000SA0"), 2015, 2024));
 * PriceIndex cpi = PriceIndex.from(d, "CUUR0000SA0");
 * }</pre>
 */
package io.github.wageoutlook.fetch;
