package io.github.wageoutlook.charts;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Turns a {@link Chart} description into an XChart {@link XYChart} and encodes it. */
final class XChartRenderer {
    /** Bands: the outer one lightest, so inner bands read as darker where they overlap. */
    private static final Color[] BAND_COLORS = {new Color(66, 133, 244, 60), new Color(66, 133, 244, 90),
        new Color(66, 133, 244, 120)};
    private static final Color[] LINE_COLORS = {new Color(13, 71, 161), new Color(230, 81, 0),
        new Color(46, 125, 50), new Color(106, 27, 154), new Color(84, 110, 122)};
    private static final Color GRID = new Color(225, 225, 225);
    private static final int NOTE_MARGIN = 12;
    private static final int NOTE_LINE_HEIGHT = 16;
    private static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Color NOTE_COLOR = new Color(90, 90, 90);

    private XChartRenderer() {
    }

    static BufferedImage image(Chart chart) {
        BufferedImage image = new BufferedImage(chart.width(), chart.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(chart, g);
        } finally {
            g.dispose();
        }
        return image;
    }

    static void png(Chart chart, OutputStream out) {
        try {
            if (!ImageIO.write(image(chart), "png", out)) {
                throw new IOException("no PNG writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write chart '" + chart.title() + "' as PNG: " + e.getMessage(), e);
        }
    }

    static void svg(Chart chart, OutputStream out) {
        VectorGraphics2D g = new VectorGraphics2D();
        paint(chart, g);
        try {
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, chart.width(), chart.height()))
                    .writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write chart '" + chart.title() + "' as SVG: " + e.getMessage(), e);
        }
    }

    /**
     * Paints the XChart plot, then the notes in a strip of their own under it (XChart has no place for them), each
     * note wrapped at word boundaries to the chart's width so that none runs off the edge.
     */
    private static void paint(Chart chart, Graphics2D g) {
        g.setFont(NOTE_FONT);
        List<String> lines = new ArrayList<>();
        for (String note : chart.notes()) {
            lines.addAll(wrap(note, g.getFontMetrics(), chart.width() - 2 * NOTE_MARGIN));
        }
        int notesHeight = lines.isEmpty() ? 0 : NOTE_LINE_HEIGHT * lines.size() + 8;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, chart.width(), chart.height());
        toXChart(chart).paint(g, chart.width(), chart.height() - notesHeight);
        g.setFont(NOTE_FONT);
        g.setColor(NOTE_COLOR);
        int y = chart.height() - notesHeight + NOTE_LINE_HEIGHT - 2;
        for (String line : lines) {
            g.drawString(line, NOTE_MARGIN, y);
            y += NOTE_LINE_HEIGHT;
        }
    }

    /** A note's lines: as many words as fit in {@code width} pixels each (a single longer word stands alone). */
    static List<String> wrap(String note, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : note.split(" ")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && metrics.stringWidth(tried) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append("  ").append(word);   // continuation lines are indented under the note's first line
            } else {
                line.setLength(0);
                line.append(tried);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The spread of every y value drawn, at least 1, to place labels in data units. */
    private static double yRange(Chart chart) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Chart.Layer layer : chart.layers()) {
            List<List<Double>> ys = layer instanceof Chart.Band b ? List.of(b.lower(), b.upper())
                    : layer instanceof Chart.Line l ? List.of(l.y())
                    : layer instanceof Chart.Points p ? List.of(p.y())
                    : List.of(((Chart.Segments) layer).y());
            for (List<Double> v : ys) {
                for (double d : v) {
                    lo = Math.min(lo, d);
                    hi = Math.max(hi, d);
                }
            }
        }
        return Math.max(1, hi - lo);
    }

    /**
     * How far above a segment its label sits, in data units: 4% of the y range, but never more than a third of the
     * smallest gap between two segment rows, so that a label stays with its own segment in a ranked chart.
     */
    private static double labelOffset(Chart chart) {
        List<Double> ys = new ArrayList<>();
        for (Chart.Layer layer : chart.layers()) {
            if (layer instanceof Chart.Segments sg) {
                ys.addAll(sg.y());
            }
        }
        List<Double> sorted = ys.stream().distinct().sorted().toList();
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < sorted.size(); i++) {
            gap = Math.min(gap, sorted.get(i) - sorted.get(i - 1));
        }
        return Math.min(0.04 * yRange(chart), gap / 3);
    }

    /**
     * Where a label centred over a segment goes: the segment's middle, moved inwards when the text (about 6.8 pixels a
     * character at the annotation font) would run past either end of the x range drawn.
     */
    private static double labelCentre(Chart chart, String label, double middle) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Chart.Layer layer : chart.layers()) {
            for (double v : layer.x()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            if (layer instanceof Chart.Segments sg) {
                for (double v : sg.to()) {
                    hi = Math.max(hi, v);
                }
            }
        }
        double half = label.length() * 3.4 / Math.max(100, chart.width() - 140) * (hi - lo);
        if (2 * half >= hi - lo) {
            return (lo + hi) / 2;
        }
        return Math.max(lo + half, Math.min(hi - half, middle));
    }

    /** XChart's diamond as an outline on white: the marker of a value to read with caution. */
    static final class HollowDiamond extends Marker {
        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            double half = size / 2.0 * 1.3;
            Path2D.Double d = new Path2D.Double();
            d.moveTo(x - half, y);
            d.lineTo(x, y - half);
            d.lineTo(x + half, y);
            d.lineTo(x, y + half);
            d.closePath();
            Color line = g.getColor();
            g.setColor(Color.WHITE);
            g.fill(d);
            g.setColor(line);
            g.setStroke(new BasicStroke(2f));
            g.draw(d);
        }
    }

    static XYChart toXChart(Chart chart) {
        XYChart x = new XYChartBuilder().width(chart.width()).height(chart.height()).title(chart.title())
                .xAxisTitle(chart.xAxisTitle()).yAxisTitle(chart.yAxisTitle()).build();
        XYStyler s = x.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridLinesColor(GRID);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setAnnotationTextFontColor(new Color(40, 40, 40));
        // A horizontal legend under the plot fits about four entries in 900 pixels; more go in a column beside it.
        boolean many = chart.layers().size() > 4;
        s.setLegendPosition(many ? Styler.LegendPosition.OutsideE : Styler.LegendPosition.OutsideS);
        s.setLegendLayout(many ? Styler.LegendLayout.Vertical : Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        s.setXAxisDecimalPattern(chart.xAxisFormat().pattern());
        s.setYAxisDecimalPattern(chart.yAxisFormat().pattern());
        s.setYAxisTicksVisible(chart.yAxisFormat() != Chart.AxisFormat.NONE);
        s.setXAxisTicksVisible(chart.xAxisFormat() != Chart.AxisFormat.NONE);
        s.setAntiAlias(true);
        s.setMarkerSize(7);
        s.setChartPadding(10);

        int band = 0;
        int line = 0;
        Chart.Layer previous = null;
        for (Chart.Layer layer : chart.layers()) {
            if (layer instanceof Chart.Band b) {
                List<Double> px = new ArrayList<>(b.x());
                List<Double> py = new ArrayList<>(b.upper());
                for (int i = b.x().size() - 1; i >= 0; i--) {
                    px.add(b.x().get(i));
                    py.add(b.lower().get(i));
                }
                XYSeries series = x.addSeries(b.name(), px, py);
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
                Color c = BAND_COLORS[Math.min(band++, BAND_COLORS.length - 1)];
                series.setFillColor(c);
                series.setLineColor(c);
                series.setLineStyle(new BasicStroke(0.5f));
                series.setMarker(SeriesMarkers.NONE);
            } else if (layer instanceof Chart.Line l) {
                XYSeries series = x.addSeries(l.name(), l.x(), l.y());
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                Color c = LINE_COLORS[line++ % LINE_COLORS.length];
                series.setLineColor(c);
                series.setMarkerColor(c);
                series.setLineStyle(new BasicStroke(2.5f));
                series.setMarker(l.x().size() <= 30 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            } else if (layer instanceof Chart.Points p) {
                // Points right after a line take its colour: they are that line's observed values (a projection
                // and the employment that came true), so the pair reads as one.
                boolean afterLine = previous instanceof Chart.Line;
                XYSeries series = x.addSeries(p.name(), p.x(), p.y());
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                // Hollow points after filled ones are the same values read with caution: same colour, outline only.
                boolean sameKind = afterLine || p.hollow() && previous instanceof Chart.Points;
                series.setMarkerColor(LINE_COLORS[(sameKind ? line - 1 : line++) % LINE_COLORS.length]);
                series.setMarker(p.hollow() ? new HollowDiamond() : SeriesMarkers.DIAMOND);
            } else if (layer instanceof Chart.Segments sg) {
                Color c = LINE_COLORS[line++ % LINE_COLORS.length];
                for (int i = 0; i < sg.x().size(); i++) {
                    double from = sg.x().get(i);
                    double to = sg.to().get(i);
                    double y = sg.y().get(i);
                    // XChart needs a unique name per series: the first segment carries the legend entry.
                    XYSeries series = x.addSeries(i == 0 ? sg.name() : sg.name() + " #" + (i + 1),
                            new double[] {from, to}, new double[] {y, y});
                    series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                    series.setLineColor(c);
                    series.setMarkerColor(c);
                    series.setLineStyle(new BasicStroke(4f));
                    series.setMarker(SeriesMarkers.NONE);
                    series.setShowInLegend(i == 0);
                    if (!sg.labels().get(i).isEmpty()) {
                        // Centred a little above the segment so the text does not sit on the line.
                        AnnotationText label = new AnnotationText(sg.labels().get(i),
                                labelCentre(chart, sg.labels().get(i), (from + to) / 2), y + labelOffset(chart),
                                false);
                        x.addAnnotation(label);
                    }
                }
            }
            previous = layer;
        }
        return x;
    }
}
