package io.github.wageoutlook.notebook;

import io.github.wageoutlook.charts.Chart;
import io.github.wageoutlook.display.Tabular;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * What a notebook shows for the library's objects, and the one call that teaches a running IJava or JJava kernel
 * to show it.
 *
 * <pre>{@code
 * NotebookDisplay.install();                                    // in an IJava or JJava cell, after %maven
 * NotebookDisplay.mimeBundle(WageComparison.years("43-4051"));  // {text/html=<table>…, text/plain=…}
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class NotebookDisplay {
    /** An HTML fragment. */
    public static final String HTML = "text/html";
    /** Plain text, every notebook's fallback. */
    public static final String TEXT = "text/plain";
    /** A PNG image, base64-encoded as Jupyter carries it. */
    public static final String PNG = "image/png";
    /** An SVG image. */
    public static final String SVG = "image/svg+xml";

    static final String IJAVA_KERNEL = "io.github.spencerpark.ijava.runtime.Kernel";
    static final String JJAVA_KERNEL = "org.dflib.jjava.jupyter.kernel.BaseKernel";

    /** The kernels' renderers already taught, so that a second install adds nothing. */
    private static final Set<Object> INSTALLED = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    private NotebookDisplay() {
    }

    /**
     * What a notebook shows for a value, by MIME type, in the order a front end prefers them: for a
     * {@link Tabular} table its HTML table ({@value #HTML}) and its compact text ({@value #TEXT}); for a
     * {@link Chart} its PNG, base64-encoded ({@value #PNG}), and its description ({@value #TEXT}). The SVG form of a
     * chart is given on request only ({@link Chart#toSvg()}), since a notebook would otherwise carry both.
     *
     * @param value any object
     * @return the data by MIME type; empty for an object that is not the library's table or chart
     */
    public static Map<String, String> mimeBundle(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value instanceof Tabular t) {
            out.put(HTML, t.toHtml());
            out.put(TEXT, value.toString());
        } else if (value instanceof Chart c) {
            out.put(PNG, png(c));
            out.put(TEXT, c.toString());
        }
        return out;
    }

    /**
     * Installs the library's renderers in the running kernel: in IJava, which has no extensions, this call is
     * needed once per session; in JJava the library's extension has done it when {@code %maven} or
     * {@code %classpath} added the jar, and this call adds nothing. Outside a kernel (JShell, a program) it does
     * nothing. Calling it again does nothing.
     */
    public static void install() {
        if (isPresent(JJAVA_KERNEL)) {
            JJavaExtension.installInNotebookKernel();
        }
        if (isPresent(IJAVA_KERNEL)) {
            IJavaRenderers.installInRunningKernel();
        }
    }

    /** True the first time a kernel's renderer is seen: the caller registers, later callers do not. */
    static boolean firstInstallIn(Object renderer) {
        return INSTALLED.add(Objects.requireNonNull(renderer, "renderer must not be null"));
    }

    static String png(Chart chart) {
        return Base64.getEncoder().encodeToString(chart.toPng());
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, NotebookDisplay.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
