package io.github.wageoutlook.notebook;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import io.github.wageoutlook.charts.Chart;
import io.github.wageoutlook.display.Tabular;

/**
 * Teaches IJava 1.3.0's renderer (jupyter-jvm-basekernel 2.3.0) the library's tables and charts. IJava loads no
 * extensions, so {@link NotebookDisplay#install()} calls this; the running kernel is found the way IJava's own
 * {@code display()} finds it, through {@code io.github.spencerpark.ijava.runtime.Kernel.getKernelInstance()}, read
 * reflectively because the IJava kernel itself is on no Maven repository.
 */
final class IJavaRenderers {

    private IJavaRenderers() {
    }

    static void installInRunningKernel() {
        Object kernel;
        try {
            kernel = Class.forName(NotebookDisplay.IJAVA_KERNEL, true, IJavaRenderers.class.getClassLoader())
                    .getMethod("getKernelInstance").invoke(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("IJava's kernel class " + NotebookDisplay.IJAVA_KERNEL
                    + " is present but its getKernelInstance() cannot be called: " + e, e);
        }
        if (kernel instanceof BaseKernel k) {
            register(k.getRenderer());
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
