package io.github.wageoutlook.fetch;

import io.github.wageoutlook.projections.Projections;
import io.github.wageoutlook.inflation.Cpi;
import io.github.wageoutlook.oews.OewsSeries;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.inflation.PriceIndex;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.projections.ProjectionsTable;
import io.github.wageoutlook.wages.WageFigure;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The opt-in check against BLS's real servers, never run by {@code mvn verify} or CI (tag {@code live}):
 * <pre>WAGE_OUTLOOK_CONTACT=you@example.org mvn -Plive test -Dtest=LiveBlsCheck</pre>
 * It downloads the May 2024 national and state OEWS zips, the current Employment Projections workbook and the CPI
 * flat file into a temporary cache, and asks the API for CPI-U and one OEWS series (about 25 MB and 6 requests, a
 * second apart), then compares them with figures BLS published.
 */
@Tag("live")
class LiveBlsCheck {
    @TempDir
    Path cache;

    private FetchOptions options() {
        return FetchOptions.fromEnvironment().withCacheDirectory(cache);
    }

    @Test
    void blsFiles_downloadAndReadAsTheEmbeddedOnes() {
        BlsFetcher bls = BlsFetcher.of(options());
        OewsTable national = Oews.fetch(OewsFile.national(2024), bls);
        assertEquals(42_830, national.occupation("43-4051").orElseThrow().annual().median().wage().amount());
        OewsTable states = Oews.fetch(OewsFile.state(2024), bls);
        assertTrue(states.areas().size() >= 54, states.areas().toString());
        ProjectionsTable ep = Projections.fetchLatest(bls);
        assertTrue(ep.occupation("43-4051").isPresent());
        PriceIndex cpi = Cpi.fetchLatest("CUUR0000SA0", bls);
        assertEquals(313.689, cpi.annual(2024));                    // BLS CPI-U annual average 2024
    }

    @Test
    void api_answersCpiAndOewsSeries() {
        BlsApi api = BlsApi.of(options());
        assertEquals(313.689, PriceIndex.from(api.fetch(SeriesRequest.of(List.of("CUUR0000SA0"), 2023, 2024).withAnnualAverage(true)), "CUUR0000SA0").annual(2024));
        OewsSeriesId median = OewsSeriesId.national("43-4051", OewsDataType.ANNUAL_MEDIAN);
        WageFigure f = OewsSeries.wage(api.oews(List.of(median)), median).orElseThrow();
        assertTrue(f.isExact() && f.wage().amount() > 30_000, f.toString());
    }
}
