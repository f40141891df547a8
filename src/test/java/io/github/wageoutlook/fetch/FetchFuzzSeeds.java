package io.github.wageoutlook.fetch;

import io.github.wageoutlook.testing.LocalBls;
import io.github.wageoutlook.testing.RealFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the seed corpus of {@link FetchFuzzTest} from the real files: small OEWS zips (a lock file listed first,
 * field descriptions beside the data, industry workbooks), and API answers built from the real CPI flat file
 * (plus an OEWS answer with a top-coded value and a REQUEST_NOT_PROCESSED answer). Not a test: run it to
 * regenerate the seeds.
 *
 * <pre>java -cp target/test-classes:target/classes:$(deps) io.github.wageoutlook.fetch.FetchFuzzSeeds src/test/resources</pre>
 */
final class FetchFuzzSeeds {
    private FetchFuzzSeeds() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]).resolve("io/github/wageoutlook/fetch/FetchFuzzTestInputs");
        Map<String, byte[]> state = new LinkedHashMap<>();
        state.put("~$state_M2024_dl.xlsx", RealFiles.lockFile());
        state.put("oesm24st/state_M2024_dl.xlsx", RealFiles.stateWorkbook(2024, 2));
        write(root.resolve("oewsZip/state-with-lock-file.zip"), RealFiles.zip(state));
        Map<String, byte[]> industry = new LinkedHashMap<>();
        industry.put("a.xlsx", RealFiles.industryWorkbook(2024, "561400", "Business Support Services", "4-digit", 3));
        industry.put("b.xlsx", RealFiles.industryWorkbook(2024, "560000", "Administrative and Support", "sector", 3));
        byte[] odd = RealFiles.zip(industry);
        write(root.resolve("oewsZip/industry.zip"), odd);

        CpiApiServer api = new CpiApiServer();
        String request = "{\"seriesid\":[\"CUUR0000SA0\",\"CUSR0000SA0\"],\"startyear\":\"2022\",\"endyear\":\"2023\","
                + "\"annualaverage\":true}";
        LocalBls.Request r = new LocalBls.Request("POST", "/" + CpiApiServer.PATH, "", null, request);
        write(root.resolve("apiAnswer/cpi-two-series.json"), api.answer(r).body());
        String missing = "{\"seriesid\":[\"CUUR0000SA0\",\"XXUR0000SA0\"],\"startyear\":\"1912\",\"endyear\":\"1913\"}";
        write(root.resolve("apiAnswer/cpi-no-data.json"),
                api.answer(new LocalBls.Request("POST", "/" + CpiApiServer.PATH, "", null, missing)).body());
        write(root.resolve("apiAnswer/oews-top-coded.json"), ("{\"status\":\"REQUEST_SUCCEEDED\",\"responseTime\":31,"
                + "\"message\":[],\"Results\":{\"series\":[{\"seriesID\":\"OEUN000000000000011101115\",\"data\":[{"
                + "\"year\":\"2024\",\"period\":\"A01\",\"periodName\":\"Annual\",\"latest\":\"true\",\"value\":\"-\","
                + "\"footnotes\":[{\"code\":\"5\",\"text\":\"This wage is equal to or greater than $115.00 per hour "
                + "or $239,200 per year.\"}]}]}]}}").getBytes(StandardCharsets.UTF_8));
        write(root.resolve("apiAnswer/not-processed.json"), ("{\"status\":\"REQUEST_NOT_PROCESSED\",\"responseTime\":0,"
                + "\"message\":[\"Request could not be serviced, as the daily threshold for total number of requests "
                + "allocated to the user has been reached.\"],\"Results\":{}}").getBytes(StandardCharsets.UTF_8));
        System.out.println("wrote " + List.of("oewsZip", "apiAnswer") + " seeds under " + root);
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
