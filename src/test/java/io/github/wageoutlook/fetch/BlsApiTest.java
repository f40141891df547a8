package io.github.wageoutlook.fetch;

import io.github.wageoutlook.oews.OewsSeries;
import io.github.wageoutlook.inflation.Cpi;
import io.github.wageoutlook.inflation.PriceIndex;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.testing.LocalBls;
import io.github.wageoutlook.testing.LocalBls.Reply;
import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageFigure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlsApiTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path cacheDir;
    private LocalBls bls;
    private CpiApiServer api;

    @BeforeEach
    void start() throws IOException {
        bls = new LocalBls();
        api = new CpiApiServer();
        bls.handle(CpiApiServer.PATH, api::answer);
    }

    @AfterEach
    void stop() {
        bls.close();
    }

    private FetchOptions options() {
        return FetchOptions.defaults().withContact("analyst@example.org").withCacheDirectory(cacheDir)
                .withSite(BlsSite.mirror(bls.base())).withRetries(3, Duration.ZERO, Duration.ZERO)
                .withPolitePause(Duration.ZERO);
    }

    /** Every (series, year, period) of the real file for the series and years, months and half-years only. */
    private Set<String> expected(List<String> ids, int start, int end) {
        Set<String> out = new HashSet<>();
        for (String id : ids) {
            for (String[] r : api.file.get(id).values()) {
                int y = Integer.parseInt(r[0]);
                if (y >= start && y <= end && !r[1].equals("M13") && !r[1].equals("S03")) {
                    out.add(id + " " + r[0] + " " + r[1] + " " + r[2]);
                }
            }
        }
        return out;
    }

    private static Set<String> got(SeriesData d) {
        Set<String> out = new HashSet<>();
        d.observations().forEach(o -> out.add(o.seriesId() + " " + o.year() + " " + o.period() + " " + o.value()));
        return out;
    }

    @Test
    void sixtySeriesOver25Years_withAKey_isFourRequests_mergedIntoOneTable() {
        List<String> ids = api.firstSeries(60);
        SeriesRequest request = SeriesRequest.of(ids, 1999, 2023);
        BlsApi client = BlsApi.of(options().withApiKey(KEY));
        assertEquals(4, client.plan(request).size());               // ⌈60/50⌉ × ⌈25/20⌉
        SeriesData d = client.fetch(request);
        assertEquals(4, api.requests.get());
        assertEquals(4, d.requests());
        api.sizes.forEach(s -> assertTrue(s[0] <= 50 && s[1] <= 20, s[0] + " series, " + s[1] + " years"));
        assertEquals(expected(ids, 1999, 2023), got(d));
        assertEquals(d.size(), d.toTable().rowCount());
        assertTrue(d.warnings(ApiWarning.Kind.REDUCED).isEmpty());
        assertTrue(d.warnings(ApiWarning.Kind.NOT_ANSWERED).isEmpty(), d.warnings().toString());
    }

    @Test
    void sixtySeriesOver25Years_withoutAKey_isNineRequests_andTheSameTable() {
        List<String> ids = api.firstSeries(60);
        SeriesRequest request = SeriesRequest.of(ids, 1999, 2023);
        BlsApi client = BlsApi.of(options());
        assertEquals(9, client.plan(request).size());               // ⌈60/25⌉ × ⌈25/10⌉
        SeriesData d = client.fetch(request);
        assertEquals(9, api.requests.get());
        api.sizes.forEach(s -> assertTrue(s[0] <= 25 && s[1] <= 10, s[0] + " series, " + s[1] + " years"));
        assertEquals(expected(ids, 1999, 2023), got(d));
    }

    @Test
    void whenPartKOfASplitRequestFails_theAnswersBeforeItAreKept_andARerunSendsOnlyTheRest() throws IOException {
        List<String> ids = api.firstSeries(60);
        SeriesRequest request = SeriesRequest.of(ids, 1999, 2023);
        BlsApi client = BlsApi.of(options());
        List<SeriesRequest> plan = client.plan(request);
        assertEquals(9, plan.size());
        SeriesRequest fourth = plan.get(3);                          // series 26 - 50, 1999 - 2008
        AtomicBoolean down = new AtomicBoolean(true);
        bls.handle(CpiApiServer.PATH, r -> down.get() && r.body().contains("\"" + fourth.seriesIds().get(0) + "\"")
                && r.body().contains("\"startyear\":\"" + fourth.startYear() + "\"") ? Reply.status(503) : api.answer(r));

        PartialAnswerException e = assertThrows(PartialAnswerException.class, () -> client.fetch(request));
        assertEquals(4, e.failedPartNumber());
        assertEquals(9, e.parts());
        assertEquals(fourth, e.failedPart());
        assertEquals(503, e.status());
        assertEquals(expected(ids.subList(0, 25), 1999, 2023), got(e.partial()));
        assertTrue(e.partial().warnings(ApiWarning.Kind.NOT_ANSWERED).isEmpty(), e.partial().warnings().toString());
        assertTrue(e.getMessage().startsWith("the BLS API request 4 of 9 (25 series (" + fourth.seriesIds().get(0)
                + ", …), 1999 - 2008) from " + bls.base().resolve(CpiApiServer.PATH) + " failed after 3 attempts; the "
                + "last: HTTP 503; the 3 parts"), e.getMessage());
        assertTrue(e.getMessage().contains("the 3 parts answered before it are kept (PartialAnswerException.partial(),"
                + " " + e.partial().size() + " observations) and cached in " + cacheDir.resolve("api")
                + "; the same request run again sends only the 6 parts still missing"), e.getMessage());
        assertEquals(3 + 3, bls.requests(CpiApiServer.PATH).size());  // 3 answered, then 3 attempts at the fourth

        down.set(false);
        SeriesData d = client.fetch(request);
        assertEquals(6 + 6, bls.requests(CpiApiServer.PATH).size());  // only parts 4 - 9 sent again
        assertEquals(expected(ids, 1999, 2023), got(d));
        assertEquals(9, d.requests());
        try (java.util.stream.Stream<Path> kept = Files.list(cacheDir.resolve("api"))) {
            assertEquals(List.of(), kept.toList());                  // a complete answer leaves nothing behind
        }
    }

    @Test
    void yearsASeriesLacks_comeBackAsNoDataWarnings_notAsASilentlyShorterTable() {
        List<String> ids = api.firstSeries(60);
        SeriesData d = BlsApi.of(options().withApiKey(KEY)).fetch(SeriesRequest.of(ids, 1999, 2023));
        List<ApiWarning> noData = d.warnings(ApiWarning.Kind.NO_DATA);
        assertFalse(noData.isEmpty());
        for (ApiWarning w : noData) {
            assertTrue(w.text().startsWith("No Data Available for Series " + w.seriesId() + " Year: "), w.text());
        }
        // Every requested series-year is either answered or explained, never both.
        Set<String> answered = new HashSet<>();
        d.observations().forEach(o -> answered.add(o.seriesId() + " " + o.year()));
        Set<String> explained = new HashSet<>();
        noData.forEach(w -> explained.add(w.seriesId() + " " + w.year().getAsInt()));
        for (String id : ids) {
            for (int y = 1999; y <= 2023; y++) {
                assertTrue(answered.contains(id + " " + y) ^ explained.contains(id + " " + y), id + " " + y);
            }
        }
    }

    @Test
    void anUnknownSeries_isASeriesNotFoundWarning() {
        SeriesData d = BlsApi.of(options()).fetch(SeriesRequest.of(List.of("CUUR0000SA0", "XXUR0000SA0"), 2011,
                2020));
        assertTrue(d.warnings(ApiWarning.Kind.SERIES_NOT_FOUND).stream()
                .anyMatch(w -> w.seriesId().equals("XXUR0000SA0")), d.warnings().toString());
        assertTrue(d.warnings(ApiWarning.Kind.NOT_ANSWERED).isEmpty(), d.warnings().toString());
        assertEquals(120, d.observations("CUUR0000SA0").size());
    }

    @Test
    void aYearMissingWithoutAMessage_isANotAnsweredWarning() {
        bls.handle(CpiApiServer.PATH, r -> Reply.json("{\"status\":\"REQUEST_SUCCEEDED\",\"message\":[],"
                + "\"Results\":{\"series\":[{\"seriesID\":\"CUUR0000SA0\",\"data\":[{\"year\":\"2023\",\"period\":"
                + "\"M12\",\"periodName\":\"December\",\"value\":\"306.746\",\"footnotes\":[{}]}]}]}}"));
        SeriesData d = BlsApi.of(options()).fetch(SeriesRequest.of(List.of("CUUR0000SA0"), 2022, 2023));
        List<ApiWarning> missing = d.warnings(ApiWarning.Kind.NOT_ANSWERED);
        assertEquals(1, missing.size());
        assertEquals(2022, missing.get(0).year().getAsInt());
    }

    @Test
    void m13_isTheAnnualAverage_andCpiSeriesBecomeThePriceIndexOfTheFile() {
        SeriesData d = BlsApi.of(options().withApiKey(KEY)).fetch(SeriesRequest.of(List.of("CUUR0000SA0"), 2004,
                2023).withAnnualAverage(true));
        Observation annual2023 = d.observations("CUUR0000SA0").stream()
                .filter(o -> o.year() == 2023 && o.period().isAnnualAverage()).findFirst().orElseThrow();
        assertEquals("M13", annual2023.period().toString());
        assertEquals("Annual", annual2023.periodName());
        assertEquals(304.702, annual2023.number().getAsDouble());   // BLS CPI-U annual average 2023
        PriceIndex fromApi = PriceIndex.from(d, "CUUR0000SA0");
        PriceIndex embedded = Cpi.u();
        for (int y = 2004; y <= 2023; y++) {
            assertEquals(embedded.annual(y), fromApi.annual(y), "year " + y);
        }
        assertEquals(embedded.monthlyValues().tailMap(java.time.YearMonth.of(2004, 1))
                .headMap(java.time.YearMonth.of(2024, 1)), fromApi.monthlyValues());
        assertTrue(d.latest("CUUR0000SA0").orElseThrow().year() == 2023);
    }

    @Test
    void requestNotProcessed_dailyLimit_isATypedErrorNamingTheCause_withoutTheKey() {
        bls.handle(CpiApiServer.PATH, r -> Reply.json("{\"status\":\"REQUEST_NOT_PROCESSED\",\"responseTime\":0,"
                + "\"message\":[\"Request could not be serviced, as the daily threshold for total number of requests "
                + "allocated to the user with registration key '" + KEY + "' has been reached.\"],\"Results\":{}}"));
        RequestNotProcessedException e = assertThrows(RequestNotProcessedException.class,
                () -> BlsApi.of(options().withApiKey(KEY)).fetch(List.of("CUUR0000SA0"), 2020, 2023));
        assertEquals(RequestNotProcessedException.Reason.DAILY_LIMIT, e.reason());
        assertTrue(e.getMessage().contains("daily request limit"), e.getMessage());
        assertTrue(e.getMessage().contains("request 1 of 1"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY), e.getMessage());
    }

    @Test
    void invalidKeyAndSeriesMessages_areNamedCauses() {
        assertEquals(RequestNotProcessedException.Reason.INVALID_KEY, BlsApi.reason(List.of(
                "The key provided by the User is invalid.")));
        assertEquals(RequestNotProcessedException.Reason.INVALID_SERIES, BlsApi.reason(List.of(
                "Invalid Series for Series XYZ")));
    }

    @Test
    void aRequestOverTheLimits_isRefusedOrCutByTheServer_whichIsWhyTheClientSplitsIt() {
        FetchOptions o = options();
        List<String> ids = api.firstSeries(30);
        String body = "{\"seriesid\":" + ids.stream().map(i -> "\"" + i + "\"").toList() + ",\"startyear\":"
                + "\"2020\",\"endyear\":\"2020\"}";
        ApiAnswer refused = ApiAnswer.parse("unsplit", new BlsHttp(o).postJson(o.site().apiTimeseries(), body, "x")
                .text());
        assertFalse(refused.succeeded());
        assertEquals(RequestNotProcessedException.Reason.INVALID_PARAMETERS, BlsApi.reason(refused.messages()));
        String years = "{\"seriesid\":[\"CUUR0000SA0\"],\"startyear\":\"2001\",\"endyear\":\"2020\"}";
        ApiAnswer cut = ApiAnswer.parse("unsplit", new BlsHttp(o).postJson(o.site().apiTimeseries(), years, "x")
                .text());
        assertEquals(ApiWarning.Kind.REDUCED, BlsApi.warning(cut.messages().get(0)).kind());

        SeriesData split = BlsApi.of(o).fetch(SeriesRequest.of(ids, 2001, 2020));
        assertEquals(4, split.requests());                          // ⌈30/25⌉ × ⌈20/10⌉
        assertEquals(expected(ids, 2001, 2020), got(split));
        assertTrue(split.warnings(ApiWarning.Kind.REDUCED).isEmpty());
    }

    @Test
    void oewsSeries_becomeWageFigures_topCodedAndUnreleasedValuesStayWhatTheyAre() {
        OccupationWages csr = Oews.national(2024).occupation("43-4051").orElseThrow();
        OewsSeriesId median = OewsSeriesId.national("43-4051", OewsDataType.ANNUAL_MEDIAN);
        OewsSeriesId employment = median.withDataType(OewsDataType.EMPLOYMENT);
        OewsSeriesId ceoP90 = OewsSeriesId.national("11-1011", OewsDataType.ANNUAL_P90);
        OewsSeriesId released = OewsSeriesId.metro("10180", "15-1254", OewsDataType.ANNUAL_MEAN);
        int year = Year.now().getValue() - 1;
        String answer = "{\"status\":\"REQUEST_SUCCEEDED\",\"message\":[\"No Data Available for Series " + median
                + " Year: " + (year + 1) + "\"],\"Results\":{\"series\":["
                + series(median, year, String.format("%.0f", csr.annual().median().wage().amount()), "")
                + "," + series(employment, year, String.format("%.0f", csr.employment().value()), "")
                + "," + series(ceoP90, year, "-", "{\"code\":\"5\",\"text\":\"This wage is equal to or greater than "
                + "$115.00 per hour or $239,200 per year.\"}")
                + "," + series(released, year, "-", "{\"code\":\"8\",\"text\":\"Estimate not released.\"}")
                + "]}}";
        bls.handle(CpiApiServer.PATH, r -> Reply.json(answer));
        SeriesData d = BlsApi.of(options()).oews(List.of(median, employment, ceoP90, released));
        assertEquals(WageFigure.published(csr.annual().median().wage()), OewsSeries.wage(d, median).orElseThrow());
        assertEquals(42_830, OewsSeries.wage(d, median).orElseThrow().wage().amount());   // OEWS May 2024, 43-4051
        assertEquals(Figure.of(csr.employment().value()), OewsSeries.figure(d, employment).orElseThrow());
        WageFigure top = OewsSeries.wage(d, ceoP90).orElseThrow();
        assertTrue(top.isLowerBound());
        assertEquals(239_200, top.wage().amount());
        assertEquals(FigureStatus.WAGE_NOT_AVAILABLE, OewsSeries.wage(d, released).orElseThrow().status());
        Table t = d.toTable();
        assertTrue(t.doubleColumn("value").isMissing().size() == 2, t.print());   // "-" is missing, not zero
        assertEquals("5", t.stringColumn("footnote_codes").get(2));
        assertEquals("-", t.stringColumn("value_text").get(2));
    }

    private static String series(OewsSeriesId id, int year, String value, String footnote) {
        return "{\"seriesID\":\"" + id + "\",\"data\":[{\"year\":\"" + year + "\",\"period\":\"A01\",\"periodName\":"
                + "\"Annual\",\"latest\":\"true\",\"value\":\"" + value + "\",\"footnotes\":[" + footnote + "]}]}";
    }

    @Test
    void offline_theApiIsNotCalled() {
        FetchException e = assertThrows(FetchException.class,
                () -> BlsApi.of(options().withOffline(true)).fetch(List.of("CUUR0000SA0"), 2020, 2023));
        assertTrue(e.getMessage().startsWith("offline mode: the BLS API"), e.getMessage());
        assertEquals(0, api.requests.get());
    }

    @Test
    void anHtmlPage_orJsonWithoutStatus_fromTheApiEndpoint_isSaidToBeNoApiAnswer_withTheUrlAndWhatToTry() {
        Pattern className = Pattern.compile("\\b(java|javax|sun|com|org)\\.[a-z]+\\.[A-Z]\\w*|\\w+Exception\\b");
        Map<String, Reply> answers = new LinkedHashMap<>();
        answers.put("an HTML page", Reply.ok("<!DOCTYPE html>\n<html><body>Access Denied</body></html>".getBytes())
                .with("Content-Type", "text/html"));
        answers.put("JSON without the API's \"status\" field", Reply.json("{\"error\":\"upstream timeout\"}"));
        answers.put("text that is not valid JSON", Reply.json("{\"status\":\"REQUEST_SUCCEEDED\",\"Results\":{\"ser"));
        String url = bls.base().resolve(CpiApiServer.PATH).toString();
        for (Map.Entry<String, Reply> a : answers.entrySet()) {
            bls.handle(CpiApiServer.PATH, r -> a.getValue());
            FetchException e = assertThrows(FetchException.class,
                    () -> BlsApi.of(options()).fetch(List.of("CUUR0000SA0"), 2023, 2023), a.getKey());
            String m = e.getMessage();
            assertTrue(m.contains("the BLS API request 1 of 1 (1 series (CUUR0000SA0), 2023 - 2023) to " + url
                    + " was answered HTTP 200"), m);
            assertTrue(m.contains("with " + a.getKey() + ", not an answer of the BLS Public Data API"), m);
            assertTrue(m.contains("it starts with '" + new String(a.getValue().body()).substring(0, 10)), m);
            assertTrue(m.contains("--bls-url") && m.contains("proxy") && m.contains("try again later"), m);
            assertFalse(className.matcher(m).find(), m);
            assertEquals(200, e.status());
        }
    }

    @Test
    void anAnswerThatIsNotBlsJson_isAFormatErrorNamingTheRequestAndTheField() {
        bls.handle(CpiApiServer.PATH, r -> Reply.json("{\"status\":\"REQUEST_SUCCEEDED\",\"Results\":{\"series\":"
                + "[{\"seriesID\":\"CUUR0000SA0\",\"data\":[{\"year\":\"2023\",\"period\":\"M14\",\"value\":\"1\"}]}]}}"));
        io.github.wageoutlook.io.FileFormatException e = assertThrows(io.github.wageoutlook.io.FileFormatException.class,
                () -> BlsApi.of(options()).fetch(List.of("CUUR0000SA0"), 2023, 2023));
        assertTrue(e.getMessage().contains("request 1 of 1"), e.getMessage());
        assertTrue(e.getMessage().contains("column Results.series[0].data[0].period: raw value 'M14'"),
                e.getMessage());
    }
}
