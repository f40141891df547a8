package io.github.wageoutlook.oews;

import java.util.Objects;

/**
 * A query that {@link OccupationLookup#get(String)} could not resolve to one occupation: it matched several
 * ({@link LookupResult.Ambiguous}) or none ({@link LookupResult.NotFound}). The message lists the candidates or the
 * suggestions; {@link #result()} holds them.
 *
 * <pre>{@code
 * try { lookup.get("nurse"); } catch (OccupationLookupException e) { e.isAmbiguous(); }   // true
 * }</pre>
 */
public class OccupationLookupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient LookupResult<?> result;

    /**
     * @param result an ambiguous or not-found result
     * @throws IllegalArgumentException for a found result
     */
    public OccupationLookupException(LookupResult<?> result) {
        super(Objects.requireNonNull(result, "result must not be null").message());
        if (result.isFound()) {
            throw new IllegalArgumentException("Invalid value for result (valid values: ambiguous or not found): "
                    + result.message());
        }
        this.result = result;
    }

    /** @return the ambiguous or not-found result */
    public LookupResult<?> result() {
        return result;
    }

    /** @return true when several occupations matched, false when none did */
    public boolean isAmbiguous() {
        return result instanceof LookupResult.Ambiguous;
    }
}
