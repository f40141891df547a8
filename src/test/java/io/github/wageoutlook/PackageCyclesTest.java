package io.github.wageoutlook;

import io.github.wageoutlook.io.violations.IoBuildsOewsTable;
import io.github.wageoutlook.oews.Oews;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same promise as {@link ArchitectureTest}'s cycle rule, checked by another reader of the bytecode: the JDK's
 * {@code jdeps -verbose:package} over the built classes finds no two packages under {@code io.github.wageoutlook}
 * that depend on each other, directly or through others. Shown to fail by adding one class of test sources that
 * makes {@code io} use {@code oews}.
 */
class PackageCyclesTest {
    private static final String ROOT = "io.github.wageoutlook.";
    private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s");

    @Test
    void builtClasses_haveNoPackageCycle() throws Exception {
        Map<String, Set<String>> graph = packageGraph(mainClasses());
        assertTrue(graph.size() >= 12, "jdeps found the packages: " + graph.keySet());
        assertEquals(List.of(), cycles(graph), "packages that depend on each other");
    }

    @Test
    void aClassOfIoThatUsesOews_isReportedAsTheCycleIoOews(@TempDir Path extra) throws Exception {
        String resource = IoBuildsOewsTable.class.getName().replace('.', '/') + ".class";
        Path copy = extra.resolve(resource);
        Files.createDirectories(copy.getParent());
        Files.copy(Path.of(IoBuildsOewsTable.class.getClassLoader().getResource(resource).toURI()), copy);
        List<List<String>> cycles = cycles(packageGraph(mainClasses(), extra));
        assertEquals(1, cycles.size(), cycles.toString());
        assertTrue(cycles.get(0).containsAll(List.of("io", "oews")), cycles.toString());
    }

    private static Path mainClasses() throws URISyntaxException {
        return Path.of(Oews.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Package (the first name under the root: {@code oews.violations} counts as {@code oews}) → packages it uses. */
    static Map<String, Set<String>> packageGraph(Path... classDirs) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in "
                + System.getProperty("java.home")));
        List<String> args = new ArrayList<>(List.of("-verbose:package"));
        for (Path d : classDirs) {
            args.add(d.toString());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = jdeps.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
        assertEquals(0, status, () -> "jdeps " + args + ": " + err.toString(StandardCharsets.UTF_8));
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && m.group(1).startsWith(ROOT)) {
                String from = top(m.group(1));
                Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
                if (m.group(2).startsWith(ROOT) && !top(m.group(2)).equals(from)) {
                    to.add(top(m.group(2)));
                }
            }
        }
        return graph;
    }

    private static String top(String pkg) {
        String rest = pkg.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** The strongly connected groups of more than one package (Tarjan's algorithm), each sorted. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        List<List<String>> out = new ArrayList<>();
        Map<String, Integer> index = new TreeMap<>();
        Map<String, Integer> low = new TreeMap<>();
        List<String> stack = new ArrayList<>();
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, out);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, List<String> stack, List<List<String>> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (stack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> group = new ArrayList<>();
            String w;
            do {
                w = stack.remove(stack.size() - 1);
                group.add(w);
            } while (!w.equals(v));
            if (group.size() > 1) {
                group.sort(null);
                out.add(group);
            }
        }
    }
}
