package io.github.wageoutlook.notebook;

import io.github.wageoutlook.charts.Chart;
import io.github.wageoutlook.display.Tabular;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

/**
 * The library's JJava extension: JJava loads it through {@code META-INF/services/org.dflib.jjava.jupyter.Extension}
 * when {@code %maven} or {@code %classpath} adds the library's jar, and it teaches the kernel's renderer to show a
 * {@link Tabular} table as HTML and a {@link Chart} as PNG (or SVG, on request). Not called by users; outside JJava
 * nothing loads it.
 */
public final class JJavaExtension implements Extension {

    /** Created by JJava's service loader. */
    public JJavaExtension() {
    }

    /**
     * Registers the renderers with the kernel, once.
     *
     * @param kernel the running JJava kernel
     */
    @Override
    public void install(BaseKernel kernel) {
        register(kernel.getRenderer());
    }

    /** Installs in the kernel the notebook runs in, when there is one (JJava with extensions switched off). */
    static void installInNotebookKernel() {
        BaseKernel kernel;
        try {
            kernel = BaseKernel.notebookKernel();
        } catch (NullPointerException noKernel) {
            return;   // JJava's API on the class path without a running kernel: notebookKernel() says so this way
        }
        if (kernel != null) {
            register(kernel.getRenderer());
        }
    }

    static void register(Renderer renderer) {
        if (!NotebookDisplay.firstInstallIn(renderer)) {
            return;
        }
        renderer.createRegistration(Tabular.class)
                .preferring(MIMEType.TEXT_HTML)
                .register((table, context) -> context.renderIfRequested(MIMEType.TEXT_HTML, () -> table.toHtml()));
        renderer.createRegistration(Chart.class)
                .preferring(MIMEType.IMAGE_PNG)
                .supporting(MIMEType.IMAGE_SVG)
                .register((chart, context) -> {
                    context.renderIfRequested(MIMEType.IMAGE_PNG, () -> NotebookDisplay.png(chart));
                    context.renderIfRequested(MIMEType.IMAGE_SVG, () -> chart.toSvg());
                });
    }
}
