package io.github.wageoutlook.fetch;

import io.github.wageoutlook.inflation.PriceIndex;
import io.github.wageoutlook.oews.TopCode;
import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The answer of the BLS Public Data API to one {@link SeriesRequest}, however many requests it took: every
 * observation of every series, merged and ordered (series in request order, then year, then period), with the
 * warnings that say what is missing and why.
 *
 * <p>As a table ({@link #toTable()}): {@code series_id}, {@code year}, {@code period} (M01–M13, Q01–Q05, S01–S03,
 * A01), {@code period_name}, {@code value} (a number, missing where BLS published {@code -} or other text: never
 * zero), {@code value_text} (as published), {@code footnote_codes} (e.g. {@code P} preliminary), {@code footnotes}
 * (their texts) and {@code latest}.
 *
 * <pre>{@code
 * SeriesData d = BlsApi.fromEnvironment().fetch(SeriesRequest.of(List.of("CUUR0000SA0"), 2015, 2024)
 *         .withAnnualAverage(true));
 * d.warnings();                         // e.g. NO_DATA: No Data Available for Series … Year: 2015
 * PriceIndex cpi = d.priceIndex("CUUR0000SA0");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SeriesData {
    private final SeriesRequest request;
    private final List<Observation> observations;
    private final List<ApiWarning> warnings;
    private final Map<String, Map<String, String>> catalogs;
    private final int requests;
    private final String source;

    SeriesData(SeriesRequest request, List<Observation> observations, List<ApiWarning> warnings,
               Map<String, Map<String, String>> catalogs, int requests, String source) {
        this.request = request;
        List<Observation> sorted = new ArrayList<>(observations);
        Map<String, Integer> order = new LinkedHashMap<>();
        request.seriesIds().forEach(id -> order.put(id, order.size()));
        sorted.sort(Comparator.comparingInt((Observation o) -> order.getOrDefault(o.seriesId(), order.size()))
                .thenComparing(Observation::seriesId).thenComparingInt(Observation::year)
                .thenComparing(Observation::period));
        this.observations = List.copyOf(sorted);
        this.warnings = List.copyOf(warnings);
        this.catalogs = Map.copyOf(catalogs);
        this.requests = requests;
        this.source = source;
    }

    /** @return what was asked */
    public SeriesRequest request() {
        return request;
    }

    /** @return every observation, in order */
    public List<Observation> observations() {
        return observations;
    }

    /**
     * The observations of one series.
     *
     * @param seriesId the series, e.g. {@code CUUR0000SA0}
     * @return its observations, in order (empty when the answer has none)
     */
    public List<Observation> observations(String seriesId) {
        String id = Objects.requireNonNull(seriesId, "seriesId must not be null").strip();
        return observations.stream().filter(o -> o.seriesId().equalsIgnoreCase(id)).toList();
    }

    /** @return the number of observations */
    public int size() {
        return observations.size();
    }

    /**
     * The warnings: BLS's {@code message} entries (no data for a series in a year, a series that does not exist, a
     * request cut to the limits) and any requested series or year the answer lacks without a message.
     *
     * @return the warnings, in the order they arose
     */
    public List<ApiWarning> warnings() {
        return warnings;
    }

    /**
     * @param kind a kind of warning
     * @return the warnings of that kind
     */
    public List<ApiWarning> warnings(ApiWarning.Kind kind) {
        return warnings.stream().filter(w -> w.kind() == kind).toList();
    }

    /** @return how many HTTP requests the answer took (the request split to the API's limits) */
    public int requests() {
        return requests;
    }

    /**
     * The catalog fields of a series, when the request asked for them (e.g. {@code series_title}).
     *
     * @param seriesId the series
     * @return the fields, empty when none were sent
     */
    public Map<String, String> catalog(String seriesId) {
        return catalogs.getOrDefault(seriesId, Map.of());
    }

    /**
     * The latest value of a series (marked {@code latest} by BLS, else the last in period order).
     *
     * @param seriesId the series
     * @return the observation, empty when the answer has none for the series
     */
    public Optional<Observation> latest(String seriesId) {
        List<Observation> obs = observations(seriesId);
        return obs.stream().filter(Observation::latest).reduce((a, b) -> b)
                .or(() -> obs.stream().filter(o -> !o.period().isAnnualAverage()).reduce((a, b) -> b))
                .or(() -> obs.isEmpty() ? Optional.empty() : Optional.of(obs.get(obs.size() - 1)));
    }

    /**
     * A price index (CPI) series as a {@link PriceIndex}: annual averages from M13 (asked for with
     * {@link SeriesRequest#withAnnualAverage(boolean)}), monthly values from M01–M12; values that are not numbers
     * are left out.
     *
     * @param seriesId e.g. {@code CUUR0000SA0}
     * @return the index
     * @throws IllegalArgumentException if the answer holds no numeric monthly or annual value of the series
     */
    public PriceIndex priceIndex(String seriesId) {
        Map<Integer, Double> annual = new TreeMap<>();
        Map<YearMonth, Double> monthly = new TreeMap<>();
        for (Observation o : observations(seriesId)) {
            OptionalDouble v = o.number();
            if (v.isEmpty() || v.getAsDouble() <= 0) {
                continue;
            }
            if (o.period().type() == 'M' && o.period().number() == 13) {
                annual.put(o.year(), v.getAsDouble());
            } else if (o.period().month().isPresent()) {
                monthly.put(YearMonth.of(o.year(), o.period().month().get()), v.getAsDouble());
            }
        }
        if (annual.isEmpty() && monthly.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for seriesId (valid values: a series of the answer with "
                    + "monthly or M13 values; the answer holds " + seriesIds() + "): " + seriesId);
        }
        return PriceIndex.of(seriesId.strip(), source, annual, monthly);
    }

    /**
     * An OEWS wage series as a {@link WageFigure} of its latest value: published, top-coded (BLS publishes {@code -}
     * with footnote 5, "This wage is equal to or greater than $115.00 per hour or $239,200 per year": the figure is
     * that lower bound), or not available ({@code -} for any other reason, e.g. footnote 8 "Estimate not released"
     * or footnote 4, a wage published only hourly or only annually).
     *
     * @param id a wage series (data type 03, 04, 06 – 15)
     * @return the figure, empty when the answer holds no value of the series (see {@link #warnings()})
     * @throws IllegalArgumentException if the data type is not a wage
     */
    public Optional<WageFigure> oewsWage(OewsSeriesId id) {
        WageBasis basis = id.dataType().basis().orElseThrow(() -> new IllegalArgumentException(
                "Invalid value for data type (valid values: a wage, 03, 04, 06 - 15): " + id.dataType()));
        return latest(id.toString()).map(o -> {
            OptionalDouble v = o.number();
            if (v.isPresent() && v.getAsDouble() >= 0) {
                return WageFigure.published(Wage.of(v.getAsDouble(), basis));
            }
            Optional<TopCode> top = o.footnotes().stream().map(f -> TopCode.find(f.text()))
                    .flatMap(Optional::stream).findFirst();
            if (top.isEmpty() && o.hasFootnote("5") && o.year() >= TopCode.FIRST_KNOWN_YEAR) {
                top = Optional.of(TopCode.of(o.year()));
            }
            return top.map(t -> WageFigure.topCoded(t.on(basis))).orElse(WageFigure.notAvailable(basis));
        });
    }

    /**
     * An OEWS series that is not a wage (employment, a relative standard error, jobs per 1,000, location quotient)
     * as a {@link Figure} of its latest value; a {@code -} is not available, never zero.
     *
     * @param id the series
     * @return the figure, empty when the answer holds no value of the series
     * @throws IllegalArgumentException if the data type is a wage (use {@link #oewsWage(OewsSeriesId)})
     */
    public Optional<Figure> oewsFigure(OewsSeriesId id) {
        if (id.dataType().basis().isPresent()) {
            throw new IllegalArgumentException("Invalid value for data type (valid values: 01, 02, 05, 16, 17; a wage "
                    + "is read with oewsWage): " + id.dataType());
        }
        FigureStatus missing = id.dataType() == OewsDataType.EMPLOYMENT ? FigureStatus.EMPLOYMENT_NOT_AVAILABLE
                : FigureStatus.WAGE_NOT_AVAILABLE;
        return latest(id.toString()).map(o -> o.number().isPresent() ? Figure.of(o.number().getAsDouble())
                : Figure.missing(missing));
    }

    /** @return the series ids that have observations, in order */
    public List<String> seriesIds() {
        return observations.stream().map(Observation::seriesId).distinct().toList();
    }

    /**
     * The observations as a Tablesaw table (see the class documentation for the columns).
     *
     * @return a new table
     */
    public Table toTable() {
        StringColumn series = StringColumn.create("series_id");
        IntColumn year = IntColumn.create("year");
        StringColumn period = StringColumn.create("period");
        StringColumn periodName = StringColumn.create("period_name");
        DoubleColumn value = DoubleColumn.create("value");
        StringColumn text = StringColumn.create("value_text");
        StringColumn codes = StringColumn.create("footnote_codes");
        StringColumn notes = StringColumn.create("footnotes");
        BooleanColumn latest = BooleanColumn.create("latest");
        for (Observation o : observations) {
            series.append(o.seriesId());
            year.append(o.year());
            period.append(o.period().toString());
            periodName.append(o.periodName());
            OptionalDouble v = o.number();
            if (v.isPresent()) {
                value.append(v.getAsDouble());
            } else {
                value.appendMissing();
            }
            text.append(o.value());
            codes.append(o.footnotes().stream().map(Footnote::code).filter(c -> !c.isEmpty())
                    .collect(Collectors.joining(",")));
            notes.append(o.footnotes().stream().map(Footnote::text).filter(c -> !c.isEmpty())
                    .collect(Collectors.joining("; ")));
            latest.append(o.latest());
        }
        return Table.create("BLS API: " + request, series, year, period, periodName, value, text, codes, notes,
                latest);
    }

    /** @return the table as Tablesaw prints it (first and last rows), then the warnings' count */
    @Override
    public String toString() {
        return toTable().print(20) + "\n" + observations.size() + " observations, " + warnings.size()
                + " warnings, " + requests + " request" + (requests == 1 ? "" : "s");
    }
}
