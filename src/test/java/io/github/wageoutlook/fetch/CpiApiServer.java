package io.github.wageoutlook.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wageoutlook.testing.LocalBls;
import io.github.wageoutlook.testing.LocalBls.Reply;
import io.github.wageoutlook.testing.RealFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The BLS Public Data API v2 as the local server plays it, answering from the real CPI flat file shipped in
 * {@code datasets/cpi/}: BLS's documented JSON shape, newest observation first, M13 only when annual averages are
 * asked for, "No Data Available for Series X Year: Y" for a year the file lacks, "Series does not exist" for an id
 * it lacks, and BLS's limits enforced (more series than allowed is not processed; more years are cut to the limit,
 * with BLS's message).
 */
final class CpiApiServer {
    static final String PATH = "publicAPI/v2/timeseries/data/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Observations by series, then "year period" in file order (read once, shared: never changed). */
    private static final Map<String, Map<String, String[]>> FILE = read();

    /** Observations by series, then "year period" in file order. */
    final Map<String, Map<String, String[]>> file = FILE;
    final AtomicInteger requests = new AtomicInteger();
    final List<int[]> sizes = java.util.Collections.synchronizedList(new ArrayList<>());

    private static Map<String, Map<String, String[]>> read() {
        Map<String, Map<String, String[]>> out = new LinkedHashMap<>();
        String text = new String(RealFiles.bytes("cpi/cu.data.1.AllItems"), StandardCharsets.ISO_8859_1);
        text.lines().skip(1).forEach(line -> {
            String[] f = line.split("\t", -1);
            out.computeIfAbsent(f[0].strip(), k -> new LinkedHashMap<>())
                    .put(f[1].strip() + " " + f[2].strip(), new String[] {f[1].strip(), f[2].strip(), f[3].strip(),
                            f.length > 4 ? f[4].strip() : ""});
        });
        return out;
    }

    /** The first {@code n} series of the file, in file order. */
    List<String> firstSeries(int n) {
        return file.keySet().stream().limit(n).toList();
    }

    Reply answer(LocalBls.Request request) {
        requests.incrementAndGet();
        JsonNode body;
        try {
            body = JSON.readTree(request.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean key = body.hasNonNull("registrationkey");
        int maxSeries = key ? 50 : 25;
        int maxYears = key ? 20 : 10;
        List<String> ids = new ArrayList<>();
        body.path("seriesid").forEach(n -> ids.add(n.asText()));
        int start = Integer.parseInt(body.path("startyear").asText());
        int end = Integer.parseInt(body.path("endyear").asText());
        sizes.add(new int[] {ids.size(), end - start + 1});
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode messages = JSON.createArrayNode();
        if (ids.size() > maxSeries) {
            answer.put("status", "REQUEST_NOT_PROCESSED");
            answer.put("responseTime", 0);
            messages.add("The maximum number of series allowed per query is " + maxSeries + ".");
            answer.set("message", messages);
            answer.putObject("Results");
            return Reply.json(answer.toString());
        }
        if (end - start + 1 > maxYears) {
            end = start + maxYears - 1;
            messages.add("Year range has been reduced to the system limit of " + maxYears + " years.");
        }
        boolean averages = body.path("annualaverage").asBoolean(false);
        ArrayNode series = JSON.createArrayNode();
        for (String id : ids) {
            Map<String, String[]> rows = file.get(id);
            if (rows == null) {
                messages.add("Series does not exist for Series " + id);
                continue;
            }
            TreeMap<String, String[]> inRange = new TreeMap<>();
            for (String[] r : rows.values()) {
                int y = Integer.parseInt(r[0]);
                boolean average = r[1].equals("M13") || r[1].equals("S03");
                if (y >= start && y <= end && (averages || !average)) {
                    inRange.put(r[0] + r[1], r);
                }
            }
            for (int y = start; y <= end; y++) {
                String year = Integer.toString(y);
                if (inRange.keySet().stream().noneMatch(k -> k.startsWith(year))) {
                    messages.add("No Data Available for Series " + id + " Year: " + y);
                }
            }
            ObjectNode s = series.addObject();
            s.put("seriesID", id);
            ArrayNode data = s.putArray("data");
            String newest = inRange.isEmpty() ? null : inRange.lastKey();
            boolean latestInFile = newest != null && rows.values().stream()
                    .noneMatch(r -> (r[0] + r[1]).compareTo(newest) > 0);
            for (String k : inRange.descendingKeySet()) {
                String[] r = inRange.get(k);
                ObjectNode d = data.addObject();
                d.put("year", r[0]);
                d.put("period", r[1]);
                d.put("periodName", periodName(r[1]));
                if (k.equals(newest) && latestInFile) {
                    d.put("latest", "true");
                }
                d.put("value", r[2]);
                ArrayNode notes = d.putArray("footnotes");
                ObjectNode note = notes.addObject();
                if (!r[3].isEmpty()) {
                    note.put("code", r[3]);
                    note.put("text", r[3].equals("P") ? "preliminary" : "footnote " + r[3]);
                }
            }
        }
        answer.put("status", "REQUEST_SUCCEEDED");
        answer.put("responseTime", 42);
        answer.set("message", messages);
        answer.putObject("Results").set("series", series);
        return Reply.json(answer.toString());
    }

    static String periodName(String period) {
        int n = Integer.parseInt(period.substring(1));
        return switch (period.charAt(0)) {
            case 'M' -> n == 13 ? "Annual" : Month.of(n).getDisplayName(TextStyle.FULL, Locale.US);
            case 'S' -> n == 3 ? "Annual" : (n == 1 ? "1st" : "2nd") + " Half";
            default -> "Annual";
        };
    }
}
