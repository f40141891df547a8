package io.github.wageoutlook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Classes with one job: no main source file over 700 lines, and each over 500 says at its top (in its class
 * Javadoc, "Why one class …") why it stays whole.
 */
class SourceSizeTest {

    private static final int LIMIT = 700;
    private static final int NEEDS_REASON = 500;

    @Test
    void noMainClassOver700Lines_andEachOver500SaysWhy() throws IOException {
        Path main = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java");
        assertTrue(Files.isDirectory(main), "no sources at " + main.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(main)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(p);
                checked++;
                if (lines.size() > LIMIT) {
                    problems.add(main.relativize(p) + ": " + lines.size() + " lines (limit " + LIMIT + ")");
                } else if (lines.size() > NEEDS_REASON && !saysWhy(lines)) {
                    problems.add(main.relativize(p) + ": " + lines.size() + " lines and no \"Why one class\" "
                            + "sentence in its class documentation");
                }
            }
        }
        assertTrue(checked > 100, "only " + checked + " source files found under " + main);
        assertEquals(List.of(), problems);
    }

    /** The reason must stand before the type declaration, where a reader of the class starts. */
    private static boolean saysWhy(List<String> lines) {
        for (String l : lines) {
            if (l.matches("(public |final |abstract |sealed )*(class|record|interface|enum) .*")) {
                return false;
            }
            if (l.contains("Why one class")) {
                return true;
            }
        }
        return false;
    }
}
