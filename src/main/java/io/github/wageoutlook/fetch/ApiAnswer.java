package io.github.wageoutlook.fetch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wageoutlook.io.FileFormatException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One answer of the BLS Public Data API v2, parsed from BLS's documented JSON shape:
 * <pre>
 * {"status": "REQUEST_SUCCEEDED", "responseTime": 71, "message": ["No Data Available for Series … Year: 1999"],
 *  "Results": {"series": [{"seriesID": "CUUR0000SA0", "catalog": {…},
 *    "data": [{"year": "2024", "period": "M13", "periodName": "Annual", "latest": "true", "value": "313.689",
 *              "footnotes": [{}], "calculations": {"net_changes": {…}, "pct_changes": {…}}}]}]}}
 * </pre>
 * Anything else (not JSON, a field of the wrong type, a period outside M01–M13/Q01–Q05/S01–S03/A01, a year that is
 * not four digits) is a {@link FileFormatException} naming the answer and the JSON path of the field, e.g.
 * {@code Results.series[2].data[7].period}, with the raw value.
 *
 * @param status the answer's status, e.g. {@code REQUEST_SUCCEEDED}
 * @param messages the {@code message} entries
 * @param series the series answered, in answer order
 */
record ApiAnswer(String status, List<String> messages, List<SeriesBlock> series) {

    /** The status of an answered request. */
    static final String SUCCEEDED = "REQUEST_SUCCEEDED";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One series of an answer.
     *
     * @param seriesId the id
     * @param catalog the catalog fields when asked for (e.g. {@code series_title}), else empty
     * @param data its observations, in answer order
     */
    record SeriesBlock(String seriesId, Map<String, String> catalog, List<Observation> data) {
    }

    ApiAnswer {
        messages = List.copyOf(messages);
        series = List.copyOf(series);
    }

    /** @return true when BLS processed the request */
    boolean succeeded() {
        return SUCCEEDED.equals(status);
    }

    /**
     * Parses an answer.
     *
     * @param source the answer's name in messages, e.g. the endpoint and which request it was
     * @param text the JSON text
     * @return the answer
     * @throws FileFormatException if it is not an answer of the documented shape
     */
    static ApiAnswer parse(String source, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw FileFormatException.in(source).cause(e).problem("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw FileFormatException.in(source).raw(abbreviate(text)).problem("not a JSON object");
        }
        String status = text(source, root, "status", "status", true);
        List<String> messages = new ArrayList<>();
        JsonNode message = root.get("message");
        if (message != null && !message.isNull()) {
            if (!message.isArray()) {
                throw bad(source, "message", message, "not a list of texts");
            }
            int i = 0;
            for (JsonNode m : message) {
                if (!m.isValueNode()) {
                    throw bad(source, "message[" + i + "]", m, "not a text");
                }
                messages.add(m.asText());
                i++;
            }
        }
        List<SeriesBlock> series = new ArrayList<>();
        JsonNode results = root.get("Results");
        JsonNode list = results == null || !results.isObject() ? null : results.get("series");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw bad(source, "Results.series", list, "not a list");
            }
            for (int s = 0; s < list.size(); s++) {
                series.add(series(source, list.get(s), "Results.series[" + s + "]"));
            }
        } else if (SUCCEEDED.equals(status) && (results == null || !results.isObject())) {
            throw FileFormatException.in(source).column("Results").problem("a succeeded answer without Results");
        }
        return new ApiAnswer(status, messages, series);
    }

    /**
     * What a text that does not parse as an answer is, when it is not one at all: an HTML page (a proxy, a captive
     * portal, BLS's CDN refusing), text that is not JSON, or JSON without the API's {@code status}. A JSON answer
     * with a status whose fields are wrong is an answer of the wrong shape, not this.
     *
     * @param text the answer's text
     * @return e.g. "an HTML page", or empty when the text is an API answer (whatever its shape)
     */
    static Optional<String> notAnAnswer(String text) {
        String t = text.strip();
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1).strip();
        }
        if (t.isEmpty()) {
            return Optional.of("an empty answer");
        }
        if (t.startsWith("<")) {
            return Optional.of(t.regionMatches(true, 0, "<?xml", 0, 5) && !t.toLowerCase(Locale.ROOT).contains("<html")
                    ? "an XML document" : "an HTML page");
        }
        JsonNode root;
        try {
            root = JSON.readTree(t);
        } catch (JacksonException e) {
            return Optional.of("text that is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            return Optional.of("JSON that is not an object");
        }
        return root.has("status") ? Optional.empty() : Optional.of("JSON without the API's \"status\" field");
    }

    private static SeriesBlock series(String source, JsonNode node, String path) {
        if (!node.isObject()) {
            throw bad(source, path, node, "not an object");
        }
        String id = text(source, node, "seriesID", path + ".seriesID", true);
        Map<String, String> catalog = new LinkedHashMap<>();
        JsonNode cat = node.get("catalog");
        if (cat != null && cat.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = cat.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isValueNode()) {
                    catalog.put(e.getKey(), e.getValue().asText());
                }
            }
        }
        List<Observation> data = new ArrayList<>();
        JsonNode list = node.get("data");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw bad(source, path + ".data", list, "not a list");
            }
            for (int d = 0; d < list.size(); d++) {
                data.add(observation(source, id, list.get(d), path + ".data[" + d + "]"));
            }
        }
        return new SeriesBlock(id, catalog, data);
    }

    private static Observation observation(String source, String id, JsonNode node, String path) {
        if (!node.isObject()) {
            throw bad(source, path, node, "not an object");
        }
        String yearText = text(source, node, "year", path + ".year", true);
        if (!yearText.matches("[12]\\d{3}")) {
            throw FileFormatException.in(source).column(path + ".year").raw(yearText).problem("not a four-digit year");
        }
        String periodText = text(source, node, "period", path + ".period", true);
        Period period;
        try {
            period = Period.parse(periodText);
        } catch (IllegalArgumentException e) {
            throw FileFormatException.in(source).column(path + ".period").raw(periodText).cause(e)
                    .problem("not a BLS period (M01 - M13, Q01 - Q05, S01 - S03, A01)");
        }
        String value = text(source, node, "value", path + ".value", true);
        String periodName = text(source, node, "periodName", path + ".periodName", false);
        String latest = text(source, node, "latest", path + ".latest", false);
        List<Footnote> footnotes = new ArrayList<>();
        JsonNode notes = node.get("footnotes");
        if (notes != null && notes.isArray()) {
            for (int f = 0; f < notes.size(); f++) {
                JsonNode n = notes.get(f);
                if (n == null || !n.isObject()) {
                    continue;
                }
                String code = text(source, n, "code", path + ".footnotes[" + f + "].code", false);
                String noteText = text(source, n, "text", path + ".footnotes[" + f + "].text", false);
                if (!code.isBlank() || !noteText.isBlank()) {
                    footnotes.add(new Footnote(code.strip(), noteText.strip()));
                }
            }
        }
        Map<String, String> calculations = new LinkedHashMap<>();
        JsonNode calc = node.get("calculations");
        if (calc != null && calc.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = calc.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> kind = it.next();
                for (Iterator<Map.Entry<String, JsonNode>> c = kind.getValue().fields(); c.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = c.next();
                    if (e.getValue().isValueNode()) {
                        calculations.put(kind.getKey() + "." + e.getKey(), e.getValue().asText());
                    }
                }
            }
        }
        return new Observation(id, Integer.parseInt(yearText), period, periodName.strip(), value.strip(), footnotes,
                latest.strip().equalsIgnoreCase("true"), calculations);
    }

    /** A text (or number) field; a missing optional one is empty. */
    private static String text(String source, JsonNode node, String field, String path, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw FileFormatException.in(source).column(path).problem("missing");
            }
            return "";
        }
        if (!v.isValueNode()) {
            throw bad(source, path, v, "not a text");
        }
        return v.asText();
    }

    private static FileFormatException bad(String source, String path, JsonNode value, String problem) {
        return FileFormatException.in(source).column(path).raw(abbreviate(value.toString())).problem(problem);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
