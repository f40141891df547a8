package io.github.wageoutlook.fetch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to ask the BLS Public Data API ({@code POST timeseries/data/}): series ids, a start and end year, and the
 * optional flags {@code catalog} (series titles), {@code calculations} (net and percent changes) and
 * {@code annualaverage} (period M13). Any size: {@link BlsApi} splits it to the API's limits.
 *
 * <pre>{@code SeriesRequest r = SeriesRequest.of(List.of("CUUR0000SA0"), 2000, 2024).withAnnualAverage(true);}</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param seriesIds the series, in order, without duplicates
 * @param startYear the first year
 * @param endYear the last year, not before the first
 * @param catalog ask for series titles
 * @param calculations ask for net and percent changes
 * @param annualAverage ask for annual averages (M13)
 */
public record SeriesRequest(List<String> seriesIds, int startYear, int endYear, boolean catalog, boolean calculations,
                            boolean annualAverage) {

    private static final Pattern ID = Pattern.compile("[A-Z0-9]{3,40}");

    /**
     * Checks the fields; ids are upper-cased and duplicates dropped.
     *
     * @param seriesIds the series, in order, without duplicates
     * @param startYear the first year
     * @param endYear the last year, not before the first
     * @param catalog ask for series titles
     * @param calculations ask for net and percent changes
     * @param annualAverage ask for annual averages (M13)
     * @throws IllegalArgumentException for no series, a malformed id, or years outside 1900 – 2100 or reversed
     */
    public SeriesRequest {
        Objects.requireNonNull(seriesIds, "seriesIds must not be null");
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (String id : seriesIds) {
            String s = Objects.requireNonNull(id, "a series id must not be null").strip().toUpperCase(Locale.ROOT);
            if (!ID.matcher(s).matches()) {
                throw new IllegalArgumentException("Invalid value for series id (valid values: 3 - 40 letters and "
                        + "digits, e.g. CUUR0000SA0): '" + id + "'");
            }
            ids.add(s);
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for seriesIds (valid values: at least one id): []");
        }
        seriesIds = List.copyOf(ids);
        if (startYear < 1900 || startYear > 2100 || endYear < 1900 || endYear > 2100) {
            throw new IllegalArgumentException("Invalid value for years (valid values 1900 - 2100): " + startYear
                    + " - " + endYear);
        }
        if (endYear < startYear) {
            throw new IllegalArgumentException("Invalid years (valid values: start <= end): " + startYear + " - "
                    + endYear);
        }
    }

    /**
     * A request without the optional flags.
     *
     * @param seriesIds the series
     * @param startYear the first year
     * @param endYear the last year
     * @return the request
     */
    public static SeriesRequest of(List<String> seriesIds, int startYear, int endYear) {
        return new SeriesRequest(seriesIds, startYear, endYear, false, false, false);
    }

    /**
     * @param on ask for annual averages (period M13) or not
     * @return a new request
     */
    public SeriesRequest withAnnualAverage(boolean on) {
        return new SeriesRequest(seriesIds, startYear, endYear, catalog, calculations, on);
    }

    /**
     * @param on ask for series titles or not
     * @return a new request
     */
    public SeriesRequest withCatalog(boolean on) {
        return new SeriesRequest(seriesIds, startYear, endYear, on, calculations, annualAverage);
    }

    /**
     * @param on ask for net and percent changes or not
     * @return a new request
     */
    public SeriesRequest withCalculations(boolean on) {
        return new SeriesRequest(seriesIds, startYear, endYear, catalog, on, annualAverage);
    }

    /** @return the number of years asked for */
    public int years() {
        return endYear - startYear + 1;
    }

    /**
     * This request split to limits: series in groups of at most {@code seriesPerRequest}, each group over year
     * windows of at most {@code yearsPerRequest}, oldest first. A request within the limits comes back alone.
     *
     * @param limits the limits
     * @return the requests, ⌈series / limit⌉ × ⌈years / limit⌉ of them
     */
    public List<SeriesRequest> split(ApiLimits limits) {
        List<SeriesRequest> out = new ArrayList<>();
        for (int i = 0; i < seriesIds.size(); i += limits.seriesPerRequest()) {
            List<String> group = seriesIds.subList(i, Math.min(seriesIds.size(), i + limits.seriesPerRequest()));
            for (int y = startYear; y <= endYear; y += limits.yearsPerRequest()) {
                out.add(new SeriesRequest(group, y, Math.min(endYear, y + limits.yearsPerRequest() - 1), catalog,
                        calculations, annualAverage));
            }
        }
        return List.copyOf(out);
    }

    /** @return e.g. {@code 60 series (CUUR0000SA0, …), 1999 - 2023} */
    @Override
    public String toString() {
        return seriesIds.size() + " series (" + seriesIds.get(0) + (seriesIds.size() > 1 ? ", …" : "") + "), "
                + startYear + " - " + endYear;
    }
}
