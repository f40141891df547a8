package io.github.wageoutlook.inflation;

import java.util.List;
import java.util.Objects;

/**
 * A price index has no value for a period a calculation needs: a month BLS did not publish (CPI-U October 2025), a
 * year without a published annual average (one not yet complete), or a period outside what the index covers.
 *
 * <p>The message names the series, the period and why it is missing, and lists the documented alternatives that
 * apply ({@link #alternatives()}): the year's published annual average, or an interpolation between the
 * neighbouring published months, which is used only when asked for ({@link MissingMonths#INTERPOLATE}) and is then
 * labelled as interpolated. An annual average is never computed from a partial year.
 *
 * <pre>{@code
 * try { Cpi.u().monthly(YearMonth.of(2025, 10)); }
 * catch (MissingIndexValueException e) { e.alternatives(); }  // [annual average 2025 = 321.943, interpolation …]
 * }</pre>
 */
public class MissingIndexValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The series that lacks the value. */
    private final String seriesId;
    /** The period asked for. */
    private final String period;
    /** The alternatives offered; not serialized (the message holds them too). */
    private final transient List<String> alternatives;

    /**
     * An error for one missing period.
     *
     * @param seriesId the series, e.g. {@code CUUR0000SA0}
     * @param period the period asked for, e.g. {@code 2025-10} or {@code 2026}
     * @param why why it is missing, one sentence
     * @param alternatives the alternatives that apply, each one sentence; may be empty
     */
    public MissingIndexValueException(String seriesId, String period, String why, List<String> alternatives) {
        super(message(seriesId, period, why, alternatives));
        this.seriesId = Objects.requireNonNull(seriesId, "seriesId must not be null");
        this.period = Objects.requireNonNull(period, "period must not be null");
        this.alternatives = List.copyOf(alternatives);
    }

    private static String message(String seriesId, String period, String why, List<String> alternatives) {
        StringBuilder b = new StringBuilder("No " + seriesId + " value for " + period + ": " + why);
        if (!alternatives.isEmpty()) {
            b.append(". Alternatives: ").append(String.join("; or ", alternatives));
        }
        return b.toString();
    }

    /** @return the series id */
    public String seriesId() {
        return seriesId;
    }

    /** @return the period asked for: {@code YYYY} for an annual average, {@code YYYY-MM} for a month */
    public String period() {
        return period;
    }

    /** @return the alternatives offered, one sentence each (empty when none applies) */
    public List<String> alternatives() {
        return alternatives == null ? List.of() : alternatives;
    }
}
