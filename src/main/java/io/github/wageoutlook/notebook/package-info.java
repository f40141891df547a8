/**
 * The library in Jupyter: its tables show as HTML tables and its charts as images in the IJava and JJava kernels.
 *
 * <p>What a cell shows when its value is one of the library's objects: a {@link io.github.wageoutlook.display.Tabular}
 * table ({@code OewsTable}, {@code ProjectionsTable}, {@code WageComparison}, {@code WageHistory}, a
 * {@code WageDistribution}, {@code ExperienceCurve}, {@code ExperienceBrackets}) as {@code text/html} with its compact
 * text as {@code text/plain}; a {@link io.github.wageoutlook.charts.Chart} as {@code image/png}, and as
 * {@code image/svg+xml} when asked for it ({@code display(chart, "image/svg+xml")}). {@link
 * io.github.wageoutlook.notebook.NotebookDisplay#mimeBundle(Object)} says the same without a kernel.
 *
 * <p>JJava installs this by itself: the jar declares {@link io.github.wageoutlook.notebook.JJavaExtension} as a
 * JJava extension, which the kernel loads when {@code %maven} or {@code %classpath} adds the jar. IJava has no
 * extensions; one line after {@code %maven} installs the same renderers in either kernel (and does nothing outside
 * a kernel):
 *
 * <pre>{@code
 * %maven io.github.wageoutlook:wage-outlook:0.1.0-SNAPSHOT
 * io.github.wageoutlook.notebook.NotebookDisplay.install();
 * Oews.national(2018).search("customer service")      // shown as an HTML table
 * }</pre>
 *
 * <p>The kernels' APIs ({@code org.dflib.jjava:jjava-jupyter}, {@code io.github.spencerpark:jupyter-jvm-basekernel})
 * are provided by the running kernel and are never a dependency of the library's users. No package depends on this
 * one: it sits on top of the domain packages, charts and {@code display}.
 */
package io.github.wageoutlook.notebook;
