package io.github.wageoutlook.oews;

import io.github.wageoutlook.wages.WageBasis;

/**
 * Which wage bases OEWS released for an occupation, from the {@code ANNUAL} and {@code HOURLY} flag columns.
 */
public enum PublishedBasis {
    /** Both hourly and annual wages are released (neither flag set). */
    BOTH,
    /**
     * {@code ANNUAL=TRUE}: only annual wages (occupations paid by the year that work fewer than 2,080 hours, such as
     * teachers and pilots); hourly cells are {@code *}.
     */
    ANNUAL_ONLY,
    /**
     * {@code HOURLY=TRUE}: only hourly wages (occupations paid by the hour that work fewer than 2,080 hours, such
     * as actors and musicians); annual cells are {@code *}.
     */
    HOURLY_ONLY;

    /**
     * Whether wages are released on a basis.
     *
     * @param basis hourly or annual
     * @return true if BLS released wages on that basis
     */
    public boolean includes(WageBasis basis) {
        return this == BOTH || (this == ANNUAL_ONLY) == (basis == WageBasis.ANNUAL);
    }
}
