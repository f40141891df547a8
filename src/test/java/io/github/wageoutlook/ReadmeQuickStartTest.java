package io.github.wageoutlook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start cannot go stale: its {@code java} block is compiled against the library and run in a
 * fresh JVM (working directory a temporary folder, so the chart it writes lands there), and what it prints must be
 * the README's {@code text} block, line for line.
 */
class ReadmeQuickStartTest {
    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void quickStart_compilesRunsAndPrintsWhatTheReadmeShows(@TempDir Path dir) throws Exception {
        String section = section(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8), "quick start");
        String java = block(section, "java");
        String expected = block(section, "text");
        Matcher name = Pattern.compile("public class (\\w+)").matcher(java);
        assertTrue(name.find(), "the java block declares a public class");
        Path source = dir.resolve("src").resolve(name.group(1) + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, java, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String classpath = classpath();

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("-classpath", classpath, "-d", classes.toString(), "-Xlint:all", "-Werror"), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source.toFile()))
                .call();
        assertTrue(compiled, "README quick start does not compile:\n" + diagnostics);

        Path run = Files.createDirectories(dir.resolve("run"));
        Path java17 = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java17.toString(), "-cp", classes + File.pathSeparator + classpath,
                name.group(1)).directory(run.toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "quick start did not finish in 120 s");
        assertEquals(0, p.exitValue(), "quick start failed:\n" + Files.readString(dir.resolve("stderr.txt")));

        assertEquals(expected.lines().toList(), out.lines().toList());
        byte[] png = Files.readAllBytes(run.resolve("csr-fan.png"));
        assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G',
                "the chart is a PNG of " + png.length + " bytes");
    }

    private static String section(String readme, String name) {
        String marker = "<!-- section: " + name + " -->";
        int start = readme.indexOf(marker);
        assertTrue(start >= 0, "README has no " + marker);
        int end = readme.indexOf("<!-- section:", start + marker.length());
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static String block(String section, String language) {
        Matcher m = BLOCK.matcher(section);
        while (m.find()) {
            if (m.group(1).equals(language)) {
                return m.group(2);
            }
        }
        throw new AssertionError("the quick start section has no ```" + language + " block");
    }

    /** The test classpath: surefire's list of entries when it runs us, else this JVM's. */
    private static String classpath() throws IOException {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }
}
