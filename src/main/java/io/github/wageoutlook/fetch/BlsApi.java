package io.github.wageoutlook.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wageoutlook.io.FileFormatException;
import java.net.URI;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client of the BLS Public Data API v2 ({@code POST https://api.bls.gov/publicAPI/v2/timeseries/data/}).
 *
 * <p>A {@link SeriesRequest} of any size is split to the documented limits ({@link ApiLimits}: with a registration
 * key 50 series and 20 years per request, without one 25 and 10), sent one request after another (with the
 * User-Agent, retries and pauses of {@link FetchOptions}), and merged into one {@link SeriesData}. A 60-series,
 * 25-year request is 2 × 2 = 4 requests with a key and 3 × 3 = 9 without. Nothing comes back silently shorter than
 * asked: BLS's {@code message} entries become typed {@link ApiWarning}s (no data for a series in a year, a series
 * that does not exist, a range cut to the limits), and a requested series or year that the answer lacks without a
 * message gets a {@link ApiWarning.Kind#NOT_ANSWERED} warning. An answer with status {@code REQUEST_NOT_PROCESSED}
 * (daily limit, invalid key, bad series id) is a {@link RequestNotProcessedException} naming the cause.
 *
 * <p>A request split into several parts that fails in part k loses nothing: a {@link PartialAnswerException} holds
 * the answers of parts 1 to k − 1 and names part k, and those answers are kept under {@code api/} in the cache folder
 * (for at most {@link FetchOptions#maxAge()}), so that the same request run again sends only parts k and after; a
 * request answered whole leaves nothing there.
 *
 * <p>The registration key comes from {@value FetchOptions#API_KEY_ENV} (or {@link FetchOptions#withApiKey}); it is
 * sent in the request body and never printed nor kept. Offline mode refuses to call the API.
 *
 * <pre>{@code
 * BlsApi api = BlsApi.fromEnvironment();
 * SeriesData cpi = api.fetch(SeriesRequest.of(List.of("CUUR0000SA0", "CUUR0200SA0"), 2000, 2024)
 *         .withAnnualAverage(true));
 * cpi.priceIndex("CUUR0000SA0").annual(2024);                      // 313.689
 * SeriesData csr = api.oews(List.of(OewsSeriesId.national("43-4051", OewsDataType.ANNUAL_MEDIAN)));
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class BlsApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NO_DATA = Pattern.compile("(?i)no data available for series\\s+(\\S+?)\\s*year:?\\s*"
            + "(\\d{4})");
    private static final Pattern NO_SERIES = Pattern.compile("(?i)series does not exist for series\\s+(\\S+)");

    private final FetchOptions options;
    private final BlsHttp http;

    private BlsApi(FetchOptions options) {
        this.options = options;
        this.http = new BlsHttp(options);
    }

    /**
     * A client configured from system properties and environment variables (see {@link FetchOptions}).
     *
     * @return the client
     */
    public static BlsApi fromEnvironment() {
        return of(FetchOptions.fromEnvironment());
    }

    /**
     * A client with given options.
     *
     * @param options the options
     * @return the client
     */
    public static BlsApi of(FetchOptions options) {
        return new BlsApi(Objects.requireNonNull(options, "options must not be null"));
    }

    /** @return the limits that apply: {@link ApiLimits#WITH_KEY} when a registration key is set, else without */
    public ApiLimits limits() {
        return options.apiKey().isPresent() ? ApiLimits.WITH_KEY : ApiLimits.WITHOUT_KEY;
    }

    /**
     * The requests a request becomes under the limits that apply.
     *
     * @param request the request
     * @return the requests that {@link #fetch(SeriesRequest)} sends, in order
     */
    public List<SeriesRequest> plan(SeriesRequest request) {
        return request.split(limits());
    }

    /**
     * Asks for series over years, as many requests as the limits need, merged.
     *
     * @param request the request
     * @return every observation, with warnings for what is missing
     * @throws RequestNotProcessedException if BLS did not process the request (sent whole), naming the cause
     * @throws PartialAnswerException if one part of a split request failed, with the answers before it
     * @throws FetchException offline, without a contact e-mail, for more requests than BLS allows a day, or when the
     *         API's server refuses or keeps failing
     * @throws FileFormatException if the answer to a request sent whole is not of BLS's documented JSON shape
     */
    public SeriesData fetch(SeriesRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        URI url = options.site().apiTimeseries();
        if (options.offline()) {
            throw new FetchException("offline mode: the BLS API (" + url + ") is not called; its answers are not "
                    + "cached", url, 0, null);
        }
        if (options.contact().isEmpty()) {
            throw new MissingContactException("the BLS API request " + request);
        }
        List<SeriesRequest> parts = plan(request);
        ApiLimits limits = limits();
        if (parts.size() > limits.requestsPerDay()) {
            throw new FetchException(request + " needs " + parts.size() + " API requests, more than BLS allows a day ("
                    + limits.requestsPerDay() + (options.apiKey().isPresent() ? "" : " without a registration key; "
                    + "set " + FetchOptions.API_KEY_ENV) + "); ask for fewer series or years", url, 0, null);
        }
        Map<String, Observation> merged = new LinkedHashMap<>();
        List<ApiWarning> warnings = new ArrayList<>();
        Map<String, Map<String, String>> catalogs = new LinkedHashMap<>();
        ApiPartCache kept = new ApiPartCache(options.cacheDirectory(), options.maxAge());
        for (int i = 0; i < parts.size(); i++) {
            SeriesRequest part = parts.get(i);
            String which = "request " + (i + 1) + " of " + parts.size() + " (" + part + ")";
            ApiAnswer answer;
            try {
                answer = answer(url, part, which, parts.size() > 1 ? kept : null);
            } catch (FetchException | FileFormatException e) {
                if (parts.size() == 1) {
                    throw e;
                }
                List<ApiWarning> partWarnings = new ArrayList<>(warnings);
                for (SeriesRequest done : parts.subList(0, i)) {
                    partWarnings.addAll(unanswered(done, merged.values(), warnings));
                }
                throw new PartialAnswerException(e.getMessage() + "; the " + i
                        + " part" + (i == 1 ? "" : "s") + " answered before it " + (i == 1 ? "is" : "are")
                        + " kept (PartialAnswerException.partial(), " + merged.size() + " observations) and cached "
                        + "in " + kept.folder() + "; the same request run again sends only the " + (parts.size() - i)
                        + " part" + (parts.size() - i == 1 ? "" : "s") + " still missing",
                        new SeriesData(request, new ArrayList<>(merged.values()), partWarnings, catalogs, i,
                                "BLS Public Data API v2 (parts 1 - " + i + " of " + parts.size() + ")"),
                        part, i + 1, parts.size(), e);
            }
            List<String> messages = answer.messages().stream().map(this::withoutKey).toList();
            messages.forEach(m -> warnings.add(warning(m)));
            for (ApiAnswer.SeriesBlock s : answer.series()) {
                if (!s.catalog().isEmpty()) {
                    catalogs.putIfAbsent(s.seriesId(), s.catalog());
                }
                for (Observation o : s.data()) {
                    merged.putIfAbsent(o.seriesId() + " " + o.year() + " " + o.period(), o);
                }
            }
        }
        if (parts.size() > 1) {
            parts.forEach(part -> kept.remove(body(part, false)));
        }
        warnings.addAll(unanswered(request, merged.values(), warnings));
        return new SeriesData(request, new ArrayList<>(merged.values()), warnings, catalogs, parts.size(),
                "BLS Public Data API v2");
    }

    /**
     * Asks for series over years (no optional flags).
     *
     * @param seriesIds the series
     * @param startYear the first year
     * @param endYear the last year
     * @return the merged answer
     * @throws FetchException as {@link #fetch(SeriesRequest)}
     */
    public SeriesData fetch(List<String> seriesIds, int startYear, int endYear) {
        return fetch(SeriesRequest.of(seriesIds, startYear, endYear));
    }

    /**
     * OEWS series, read with {@code OewsSeries.wage(data, id)} and {@code OewsSeries.figure(data, id)} (package
     * {@code oews}).
     * The API serves only the latest OEWS survey year, so the request covers the last three years and the answer
     * holds one of them (the others come back as {@link ApiWarning.Kind#NO_DATA} warnings); for any other year,
     * fetch its zip with {@code Oews.fetch(OewsFile)}.
     *
     * @param ids the series
     * @return the answer
     * @throws FetchException as {@link #fetch(SeriesRequest)}
     */
    public SeriesData oews(List<OewsSeriesId> ids) {
        int now = Year.now().getValue();
        return fetch(SeriesRequest.of(ids.stream().map(OewsSeriesId::toString).toList(), now - 2, now));
    }

    /**
     * The answer to one part: the one kept from an earlier run of the same request, else BLS's, kept in turn.
     *
     * @param kept where the answers of a split request are kept, or null for a request sent whole
     * @throws RequestNotProcessedException when BLS did not process it
     */
    private ApiAnswer answer(URI url, SeriesRequest part, String which, ApiPartCache kept) {
        String key = body(part, false);
        if (kept != null) {
            Optional<String> before = kept.get(key);
            if (before.isPresent()) {
                try {
                    ApiAnswer a = ApiAnswer.parse("kept answer to " + which, before.get());
                    if (a.succeeded()) {
                        return a;
                    }
                } catch (FileFormatException damaged) {
                    kept.remove(key);
                }
            }
        }
        BlsHttp.JsonAnswer got = http.postJson(url, body(part, true), "the BLS API " + which);
        ApiAnswer answer = parse(url, which, got);
        if (!answer.succeeded()) {
            List<String> messages = answer.messages().stream().map(this::withoutKey).toList();
            throw new RequestNotProcessedException(url, withoutKey(answer.status()), reason(messages), messages,
                    which);
        }
        if (kept != null) {
            kept.put(key, got.text());
        }
        return answer;
    }

    /** Parses an answer; one that is no API answer at all (an HTML page, not JSON, no status) says so. */
    private static ApiAnswer parse(URI url, String which, BlsHttp.JsonAnswer got) {
        try {
            return ApiAnswer.parse("BLS API answer to " + which, got.text());
        } catch (FileFormatException e) {
            Optional<String> other = ApiAnswer.notAnAnswer(got.text());
            if (other.isEmpty()) {
                throw e;
            }
            throw new FetchException("the BLS API " + which + " to " + url + " was answered HTTP 200"
                    + (got.contentType().isEmpty() ? "" : " (Content-Type " + got.contentType() + ")") + " with "
                    + other.get() + ", not an answer of the BLS Public Data API; it starts with '"
                    + FailureWords.startOf(got.text()) + "'. BLS's server, or a proxy or captive portal on the way, "
                    + "answered something else: check the URL (--bls-url, " + FetchOptions.BASE_URL_PROPERTY + " or "
                    + FetchOptions.BASE_URL_ENV + " must name a mirror of BLS's servers), check the proxy, or try "
                    + "again later", url, 200, e);
        }
    }

    /** @param withKey whether the registration key goes in (never in what names a kept answer) */
    private String body(SeriesRequest r, boolean withKey) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode ids = body.putArray("seriesid");
        r.seriesIds().forEach(ids::add);
        body.put("startyear", Integer.toString(r.startYear()));
        body.put("endyear", Integer.toString(r.endYear()));
        if (r.catalog()) {
            body.put("catalog", true);
        }
        if (r.calculations()) {
            body.put("calculations", true);
        }
        if (r.annualAverage()) {
            body.put("annualaverage", true);
        }
        if (withKey) {
            options.apiKey().ifPresent(k -> body.put("registrationkey", k));
        }
        return body.toString();
    }

    private String withoutKey(String text) {
        return options.apiKey().map(k -> text.replace(k, "<registration key>")).orElse(text);
    }

    static ApiWarning warning(String message) {
        Matcher m = NO_DATA.matcher(message);
        if (m.find()) {
            return new ApiWarning(ApiWarning.Kind.NO_DATA, m.group(1).toUpperCase(Locale.ROOT),
                    OptionalInt.of(Integer.parseInt(m.group(2))), message);
        }
        m = NO_SERIES.matcher(message);
        if (m.find()) {
            return new ApiWarning(ApiWarning.Kind.SERIES_NOT_FOUND, m.group(1).toUpperCase(Locale.ROOT),
                    OptionalInt.empty(), message);
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("reduced") || lower.contains("system limit")) {
            return new ApiWarning(ApiWarning.Kind.REDUCED, "", OptionalInt.empty(), message);
        }
        return new ApiWarning(ApiWarning.Kind.OTHER, "", OptionalInt.empty(), message);
    }

    static RequestNotProcessedException.Reason reason(List<String> messages) {
        String all = String.join(" ", messages).toLowerCase(Locale.ROOT);
        if (all.contains("threshold") || all.contains("exceeded the number of requests")) {
            return RequestNotProcessedException.Reason.DAILY_LIMIT;
        }
        if (all.contains("key") && (all.contains("invalid") || all.contains("not valid") || all.contains("expired"))) {
            return RequestNotProcessedException.Reason.INVALID_KEY;
        }
        if (all.contains("series") && (all.contains("invalid") || all.contains("does not exist"))) {
            return RequestNotProcessedException.Reason.INVALID_SERIES;
        }
        if (all.contains("parameter") || all.contains("year") || all.contains("maximum") || all.contains("limit")) {
            return RequestNotProcessedException.Reason.INVALID_PARAMETERS;
        }
        return RequestNotProcessedException.Reason.OTHER;
    }

    /** Warnings for requested series and years the answer lacks and no message explains. */
    private static List<ApiWarning> unanswered(SeriesRequest request, Iterable<Observation> observations,
                                               List<ApiWarning> warnings) {
        Set<String> answered = new HashSet<>();
        observations.forEach(o -> answered.add(o.seriesId().toUpperCase(Locale.ROOT) + " " + o.year()));
        Set<String> explained = new HashSet<>();
        Set<String> missingSeries = new HashSet<>();
        for (ApiWarning w : warnings) {
            if (w.kind() == ApiWarning.Kind.SERIES_NOT_FOUND) {
                missingSeries.add(w.seriesId());
            } else if (w.kind() == ApiWarning.Kind.NO_DATA) {
                explained.add(w.seriesId() + " " + w.year().orElse(0));
            }
        }
        List<ApiWarning> out = new ArrayList<>();
        for (String id : request.seriesIds()) {
            if (missingSeries.contains(id)) {
                continue;
            }
            List<Integer> years = new ArrayList<>();
            for (int y = request.startYear(); y <= request.endYear(); y++) {
                String key = id + " " + y;
                if (!answered.contains(key) && !explained.contains(key)) {
                    years.add(y);
                }
            }
            if (years.size() == request.years()) {
                out.add(new ApiWarning(ApiWarning.Kind.NOT_ANSWERED, id, OptionalInt.empty(), "the answer holds no "
                        + "value of series " + id + " in " + request.startYear() + " - " + request.endYear()
                        + ", and BLS gave no reason"));
            } else {
                for (int y : years) {
                    out.add(new ApiWarning(ApiWarning.Kind.NOT_ANSWERED, id, OptionalInt.of(y), "the answer holds no "
                            + "value of series " + id + " in " + y + ", and BLS gave no reason"));
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "BlsApi[" + options.site().apiTimeseries() + ", limits " + limits() + "]";
    }
}
