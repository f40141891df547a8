package io.github.wageoutlook;

import io.github.wageoutlook.testing.AreaFiles;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The library works on the class path its users get, which leaves out the jars of Tablesaw and fastexcel that no
 * code path loads (icu4j, Guava's annotation jars, commons-lang3, commons-codec: pom.xml): every {@code java} block
 * of the README and every {@code java -jar target/wage-outlook.jar} command it shows run in a fresh JVM whose class
 * path is exactly the consumer's (Maven's runtime class path of the library, written by the build to
 * {@code target/consumer-classpath.txt}) plus the SLF4J binding the README tells users to add and the command-line
 * jar carries ({@code slf4j-nop}). Test-only jars cannot mask a missing one there.
 *
 * <p>A README block that is a whole class (the quick start) runs as it is; any other block runs as the body of a
 * method, with the library's packages imported. The README's own file names ({@code state_M2023_dl.xlsx},
 * {@code state_M2024_dl.xlsx}, {@code my_brackets.csv}, {@code OES_Report.csv}) stand for the user's files: the test
 * puts state-layout workbooks of real national rows, a brackets file of the documented format and a real export of
 * the OEWS data query tool under those names in the working directory.
 *
 * <p>The blocks of the "Fetching from BLS" section reach BLS's servers, which no test here may: they are compiled
 * on the consumer class path but not run, and its {@code fetch} commands are left out; FetchCommandTest,
 * BlsFetcherTest and BlsApiTest run the same calls against a local server.
 */
class ConsumerClasspathTest {
    private static final Pattern BLOCK = Pattern.compile("```(\\w*)\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern COMMAND = Pattern.compile("java -jar target/wage-outlook\\.jar ([^#\\n]*)");
    private static final List<String> LEFT_OUT = List.of("icu4j", "failureaccess", "listenablefuture", "jsr305",
            "checker-qual", "error_prone_annotations", "j2objc-annotations", "commons-codec", "progressbar", "jline");

    private static List<String> consumerJars;
    private static String readme;

    @BeforeAll
    static void read() throws IOException {
        Path file = Path.of("target", "consumer-classpath.txt");
        assertTrue(Files.isRegularFile(file), file + " is written by the build (maven-dependency-plugin)");
        consumerJars = Arrays.stream(Files.readString(file).strip().split(File.pathSeparator))
                .filter(s -> !s.isBlank()).toList();
        readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void consumerClassPath_leavesOutTheJarsNoCodePathLoads() {
        List<String> names = consumerJars.stream().map(j -> Path.of(j).getFileName().toString()).toList();
        for (String left : LEFT_OUT) {
            assertTrue(names.stream().noneMatch(n -> n.startsWith(left + "-")), left + " is on " + names);
        }
        assertTrue(names.stream().noneMatch(n -> n.startsWith("slf4j-nop")), "a library forces no SLF4J binding");
        assertTrue(names.stream().anyMatch(n -> n.startsWith("guava-")), "Tablesaw needs Guava: " + names);
    }

    @Test
    void everyReadmeExampleAndCommand_runsOnTheConsumerClassPath(@TempDir Path dir) throws Exception {
        List<String> examples = new ArrayList<>();
        List<String> wholeClasses = new ArrayList<>();
        List<String> compileOnly = new ArrayList<>();
        List<List<String>> commands = new ArrayList<>();
        int fetchStart = readme.indexOf("<!-- section: fetch -->");
        int fetchEnd = readme.indexOf("<!-- section:", fetchStart + 1);
        assertTrue(fetchStart >= 0 && fetchEnd > fetchStart, "README has no fetch section");
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) {
            boolean network = m.start() > fetchStart && m.start() < fetchEnd;
            if (m.group(1).equals("java")) {
                (network ? compileOnly : m.group(2).contains("public class ") ? wholeClasses : examples)
                        .add(m.group(2));
            }
            if (network) {
                continue;
            }
            Matcher c = COMMAND.matcher(m.group(2));
            while (c.find()) {
                commands.add(Arrays.asList(c.group(1).strip().replaceAll("\\[|\\]", "").split("\\s+")));
            }
        }
        assertTrue(examples.size() >= 5 && !wholeClasses.isEmpty() && commands.size() >= 15,
                examples.size() + " examples, " + wholeClasses.size() + " classes, " + commands.size() + " commands");

        Path src = Files.createDirectories(dir.resolve("src"));
        List<File> sources = new ArrayList<>();
        List<String> mains = new ArrayList<>();
        for (String c : wholeClasses) {
            Matcher name = Pattern.compile("public class (\\w+)").matcher(c);
            assertTrue(name.find());
            mains.add(name.group(1));
            sources.add(write(src.resolve(name.group(1) + ".java"), c));
        }
        assertTrue(compileOnly.size() >= 2, compileOnly.size() + " blocks in the fetch section");
        sources.add(write(src.resolve("ReadmeRun.java"), driver(examples, compileOnly, mains, commands)));
        String classpath = classpath();
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("-classpath", classpath, "-d", classes.toString(), "-proc:none"), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(
                        sources.toArray(File[]::new))).call();
        assertTrue(compiled, "README examples do not compile on the consumer class path:\n" + diagnostics);

        Path run = Files.createDirectories(dir.resolve("run"));
        userFiles(run);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", classes + File.pathSeparator + classpath, "ReadmeRun")
                .directory(run.toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the README examples did not finish in 300 s");
        String err = Files.readString(dir.resolve("stderr.txt"));

        assertEquals("", err, "nothing on stderr, no SLF4J message");
        List<String> report = out.lines().filter(l -> l.startsWith("README ")).toList();
        assertEquals(wholeClasses.size() + examples.size() + commands.size(), report.size(), out);
        List<String> failed = report.stream().filter(l -> !l.endsWith(": ok")).toList();
        assertEquals(List.of(), failed, out);
        assertEquals(0, p.exitValue(), out);
    }

    /**
     * One class: each example in its own method (its import lines moved to the top), each command through the CLI's
     * entry point.
     */
    private static String driver(List<String> examples, List<String> compileOnly, List<String> mains,
                                 List<List<String>> commands) {
        StringBuilder b = new StringBuilder();
        for (String pkg : List.of("wages", "oews", "soc", "distributions", "experience", "projections", "inflation",
                "charts", "io", "datasets", "display", "fetch")) {
            b.append("import io.github.wageoutlook.").append(pkg).append(".*;\n");
        }
        b.append("import java.nio.file.Path;\nimport java.util.*;\nimport tech.tablesaw.api.Table;\n");
        java.util.stream.Stream.concat(examples.stream(), compileOnly.stream()).flatMap(String::lines)
                .filter(l -> l.startsWith("import ")).distinct()
                .forEach(l -> b.append(l).append('\n'));
        b.append("public class ReadmeRun {\n");
        for (int i = 0; i < examples.size(); i++) {
            String body = examples.get(i).lines().filter(l -> !l.startsWith("import "))
                    .collect(Collectors.joining("\n"));
            b.append("static void example").append(i + 1).append("() throws Exception {\n").append(body)
                    .append("\n}\n");
        }
        for (int i = 0; i < compileOnly.size(); i++) {
            String body = compileOnly.get(i).lines().filter(l -> !l.startsWith("import "))
                    .collect(Collectors.joining("\n"));
            b.append("static void network").append(i + 1).append("() throws Exception {\n").append(body)
                    .append("\n}\n");
        }
        b.append("public static void main(String[] args) {\nint failures = 0;\n");
        for (String main : mains) {
            b.append("try { ").append(main).append(".main(new String[0]); System.out.println(\"README class ")
                    .append(main).append(": ok\"); } catch (Throwable t) { failures++; System.out.println(\"README class ")
                    .append(main).append(": \" + t); }\n");
        }
        for (int i = 1; i <= examples.size(); i++) {
            b.append("try { example").append(i).append("(); System.out.println(\"README example ").append(i)
                    .append(": ok\"); } catch (Throwable t) { failures++; System.out.println(\"README example ")
                    .append(i).append(": \" + t); t.printStackTrace(System.out); }\n");
        }
        for (List<String> command : commands) {
            String args = command.stream().map(a -> "\"" + a.replace("\"", "\\\"") + "\"")
                    .collect(Collectors.joining(", "));
            String label = String.join(" ", command).replace("\"", "\\\"");
            b.append("try { java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();\n")
                    .append("int code = io.github.wageoutlook.cli.Main.run(new String[] {").append(args)
                    .append("}, new java.io.PrintStream(o, true), new java.io.PrintStream(o, true));\n")
                    .append("if (code != 0) failures++;\n")
                    .append("System.out.println(\"README command ").append(label)
                    .append(": \" + (code == 0 ? \"ok\" : \"exit code \" + code + \"\\n\" + o));\n")
                    .append("} catch (Throwable t) { failures++; System.out.println(\"README command ").append(label)
                    .append(": \" + t); }\n");
        }
        return b.append("System.exit(failures == 0 ? 0 : 1);\n}\n}\n").toString();
    }

    /** The README's stand-ins for the user's files: a real OEWS workbook, and brackets in the documented CSV form. */
    private static void userFiles(Path run) throws IOException {
        // BLS's state files in their 2019+ layout (real national rows of other years under real state codes: no state
        // file ships), for the README's state examples and commands.
        for (String name : List.of("state_M2023_dl.xlsx", "state_M2024_dl.xlsx")) {
            AreaFiles.write(run, name, AreaFiles.STATES, "43-4051", "11-1011", "29-1141");
        }
        List<AreaFiles.AreaRow> everyArea = new ArrayList<>(
                List.of(new AreaFiles.AreaRow("99", "U.S.", "1", "US", 2024)));
        everyArea.addAll(AreaFiles.STATES);
        everyArea.addAll(AreaFiles.METROS);
        AreaFiles.write(run, "all_data_M_2024.xlsx", everyArea, "43-4051", "43-4171", "11-1011");
        // the README's OES_Report.csv: the real export of BLS's OEWS data query tool the golden tests read
        try (var in = ConsumerClasspathTest.class.getResourceAsStream(
                "/oews/query-exports/OES_Report_M2024_15-2051_by_state.csv")) {
            Files.copy(in, run.resolve("OES_Report.csv"));
        }
        // the README runs `experience 43-4171 --brackets my_brackets.csv`: a user's own brackets (made-up figures)
        Files.writeString(run.resolve("my_brackets.csv"), """
                occ_code,occ_title,lower_years,upper_years,pay,basis,currency_year,sample_count,source
                43-4171,Receptionists and information clerks,0,5,29000,annual,2023,,my own survey
                43-4171,Receptionists and information clerks,5,10,31000,annual,2023,,my own survey
                43-4171,Receptionists and information clerks,10,20,32500,annual,2023,,my own survey
                43-4171,Receptionists and information clerks,20,,33500,annual,2023,,my own survey
                """, StandardCharsets.UTF_8);
    }

    /** The consumer's jars and the library's classes, plus slf4j-nop from this build's class path. */
    private static String classpath() {
        String testPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String nop = Arrays.stream(testPath.split(File.pathSeparator))
                .filter(e -> Path.of(e).getFileName().toString().startsWith("slf4j-nop-")).findFirst()
                .orElseThrow(() -> new AssertionError("slf4j-nop is not on the test class path"));
        List<String> entries = new ArrayList<>();
        entries.add(Path.of("target", "classes").toAbsolutePath().toString());
        entries.addAll(consumerJars);
        entries.add(nop);
        return String.join(File.pathSeparator, entries);
    }

    private static File write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8).toFile();
    }
}
