package io.github.wageoutlook.oews;

import io.github.wageoutlook.fetch.OewsDataType;
import io.github.wageoutlook.fetch.OewsSeriesId;
import io.github.wageoutlook.fetch.SeriesData;
import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * OEWS series of a BLS Public Data API answer as the OEWS figures they are: a wage as a {@link WageFigure}
 * (published, top-coded, or not available), anything else as a {@link Figure}. The API serves only the latest OEWS
 * survey year; past years come from the zips ({@link Oews#fetch}).
 *
 * <pre>{@code
 * OewsSeriesId id = OewsSeriesId.state("48", "43-4051", OewsDataType.ANNUAL_MEDIAN);
 * OewsSeries.wage(BlsApi.fromEnvironment().oews(List.of(id)), id);   // Optional[WageFigure]
 * }</pre>
 */
public final class OewsSeries {
    private OewsSeries() {
    }

    /**
     * An OEWS wage series as a {@link WageFigure} of its latest value: published, top-coded (BLS publishes {@code -}
     * with footnote 5, "This wage is equal to or greater than $115.00 per hour or $239,200 per year": the figure is
     * that lower bound), or not available ({@code -} for any other reason, e.g. footnote 8 "Estimate not released"
     * or footnote 4, a wage published only hourly or only annually).
     *
     * @param data the API's answer
     * @param id a wage series (data type 03, 04, 06 – 15)
     * @return the figure, empty when the answer holds no value of the series (see {@link SeriesData#warnings()})
     * @throws IllegalArgumentException if the data type is not a wage
     */
    public static Optional<WageFigure> wage(SeriesData data, OewsSeriesId id) {
        Objects.requireNonNull(data, "data must not be null");
        WageBasis basis = id.dataType().basis().orElseThrow(() -> new IllegalArgumentException(
                "Invalid value for data type (valid values: a wage, 03, 04, 06 - 15): " + id.dataType()));
        return data.latest(id.toString()).map(o -> {
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
     * @param data the API's answer
     * @param id the series
     * @return the figure, empty when the answer holds no value of the series
     * @throws IllegalArgumentException if the data type is a wage (use {@link #wage(SeriesData, OewsSeriesId)})
     */
    public static Optional<Figure> figure(SeriesData data, OewsSeriesId id) {
        Objects.requireNonNull(data, "data must not be null");
        if (id.dataType().basis().isPresent()) {
            throw new IllegalArgumentException("Invalid value for data type (valid values: 01, 02, 05, 16, 17; a wage "
                    + "is read with OewsSeries.wage): " + id.dataType());
        }
        FigureStatus missing = id.dataType() == OewsDataType.EMPLOYMENT ? FigureStatus.EMPLOYMENT_NOT_AVAILABLE
                : FigureStatus.WAGE_NOT_AVAILABLE;
        return data.latest(id.toString()).map(o -> o.number().isPresent() ? Figure.of(o.number().getAsDouble())
                : Figure.missing(missing));
    }
}
