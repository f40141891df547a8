package io.github.wageoutlook.notebook;

import io.github.wageoutlook.charts.Chart;
import io.github.wageoutlook.charts.Charts;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.WageComparison;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the kernels show for the library's objects, through the kernels' own renderer classes (JJava's
 * jjava-jupyter and IJava's jupyter-jvm-basekernel) with the library's registrations — the code path a running
 * kernel takes, without the kernel.
 */
class NotebookDisplayTest {
    private static WageComparison similar;
    private static Chart fan;

    @BeforeAll
    static void objects() {
        similar = WageComparison.occupations(2018, "43-4051", "43-4171");
        fan = Charts.percentileFan("43-4051");
    }

    @Test
    void mimeBundle_ofATable_isItsHtmlAndItsText() {
        Map<String, String> bundle = NotebookDisplay.mimeBundle(similar);

        assertEquals(List.of(NotebookDisplay.HTML, NotebookDisplay.TEXT), List.copyOf(bundle.keySet()));
        assertTrue(bundle.get(NotebookDisplay.HTML).startsWith("<table>\n<caption>OEWS national, May 2018"),
                bundle.get(NotebookDisplay.HTML));
        assertEquals(similar.toString(), bundle.get(NotebookDisplay.TEXT));
    }

    @Test
    void mimeBundle_ofAChart_isA900By560Png() {
        Map<String, String> bundle = NotebookDisplay.mimeBundle(fan);

        assertEquals(List.of(NotebookDisplay.PNG, NotebookDisplay.TEXT), List.copyOf(bundle.keySet()));
        assertPng900By560(bundle.get(NotebookDisplay.PNG));
        assertTrue(NotebookDisplay.mimeBundle("a string").isEmpty());
    }

    @Test
    void jjavaRenderer_showsTablesAsHtml_chartsAsPng_andSvgOnRequest() {
        org.dflib.jjava.jupyter.kernel.display.Renderer renderer = new org.dflib.jjava.jupyter.kernel.display.Renderer();
        JJavaExtension.register(renderer);
        JJavaExtension.register(renderer);   // a second install adds nothing

        var table = renderer.render(Oews.national(2018).search("customer service"));
        var html = org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_HTML;
        var text = org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN;
        var png = org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.IMAGE_PNG;
        var svg = org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.IMAGE_SVG;
        assertTrue(String.valueOf(table.getData(html)).contains("<th>A_MEDIAN</th>"), table.getData(html) + "");
        assertTrue(String.valueOf(table.getData(text)).contains("A_MEDIAN"));

        var chart = renderer.render(fan);
        assertPng900By560((String) chart.getData(png));
        assertFalse(chart.hasDataForType(svg), "SVG only on request");
        assertTrue(String.valueOf(renderer.renderAs(fan, "image/svg+xml").getData(svg)).contains("<svg"));
    }

    @Test
    void ijavaRenderer_showsTablesAsHtml_chartsAsPng_andSvgOnRequest() {
        io.github.spencerpark.jupyter.kernel.display.Renderer renderer =
                new io.github.spencerpark.jupyter.kernel.display.Renderer();
        IJavaRenderers.register(renderer);

        var html = io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_HTML;
        var png = io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.IMAGE_PNG;
        var svg = io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.IMAGE_SVG;
        var table = renderer.render(similar);
        assertEquals(similar.toHtml(), table.getData(html));
        assertPng900By560((String) renderer.render(fan).getData(png));
        assertTrue(String.valueOf(renderer.renderAs(fan, "image/svg+xml").getData(svg)).contains("<svg"));
    }

    @Test
    void install_outsideAKernel_doesNothing() {
        NotebookDisplay.install();   // no IJava or JJava kernel runs in this JVM: neither throws nor registers
        assertTrue(NotebookDisplay.firstInstallIn(new Object()));
    }

    private static void assertPng900By560(String base64) {
        byte[] png = Base64.getDecoder().decode(base64);
        ByteBuffer b = ByteBuffer.wrap(png);
        assertEquals(0x89504E47, b.getInt(0), "PNG signature");
        assertEquals(900, b.getInt(16));
        assertEquals(560, b.getInt(20));
    }
}
