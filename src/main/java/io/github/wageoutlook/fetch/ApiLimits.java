package io.github.wageoutlook.fetch;

/**
 * The BLS Public Data API v2's limits on one request, as BLS documents them: with a registration key 50 series, 20
 * years and 500 requests a day; without one 25 series, 10 years and 25 requests a day.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param seriesPerRequest the most series ids in one request
 * @param yearsPerRequest the most years (end − start + 1) in one request
 * @param requestsPerDay the most requests a day
 */
public record ApiLimits(int seriesPerRequest, int yearsPerRequest, int requestsPerDay) {

    /** With a registration key: 50 series, 20 years, 500 requests a day. */
    public static final ApiLimits WITH_KEY = new ApiLimits(50, 20, 500);
    /** Without a registration key: 25 series, 10 years, 25 requests a day. */
    public static final ApiLimits WITHOUT_KEY = new ApiLimits(25, 10, 25);

    /**
     * Checks the limits.
     *
     * @param seriesPerRequest the most series ids in one request
     * @param yearsPerRequest the most years (end − start + 1) in one request
     * @param requestsPerDay the most requests a day
     * @throws IllegalArgumentException for a limit below 1
     */
    public ApiLimits {
        if (seriesPerRequest < 1 || yearsPerRequest < 1 || requestsPerDay < 1) {
            throw new IllegalArgumentException("Invalid API limits (valid values 1 or more): " + seriesPerRequest
                    + " series, " + yearsPerRequest + " years, " + requestsPerDay + " requests a day");
        }
    }
}
