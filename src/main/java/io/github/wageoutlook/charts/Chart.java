package io.github.wageoutlook.charts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A chart as an immutable description: a title, two titled axes, a size in pixels, and layers drawn in order —
 * {@link Band}s (a filled range between a lower and an upper line), {@link Line}s, {@link Points} and labelled
 * horizontal {@link Segments}. Rendering
 * happens on demand, with XChart: {@link #toImage()} for a notebook, {@link #toPng()}, {@link #toSvg()}, or
 * {@link #write(Path)} choosing the format from the file name.
 *
 * <pre>{@code
 * Chart c = Chart.builder("Median annual wage")
 *         .xAxis("Survey year (May)", AxisFormat.YEAR).yAxis("Annual wage (US dollars)", AxisFormat.DOLLARS)
 *         .line("Median", List.of(2017.0, 2018.0), List.of(32_890.0, 33_750.0))
 *         .build();
 * c.write(Path.of("median.png"));
 * }</pre>
 *
 * <p>Why one class of about 600 lines: a chart is a value (series, bands, markers, notes, axes) with its immutable
 * {@code with…} builders and its output to PNG, SVG and an image; the drawing itself is in {@code XChartRenderer}.
 *
 * <p>This class is immutable and thread-safe; each rendering builds a fresh XChart object.
 */
public final class Chart {
    /** The smallest width or height accepted, in pixels. */
    public static final int MIN_SIZE = 100;
    /** The largest width or height accepted, in pixels. */
    public static final int MAX_SIZE = 10_000;
    /** The default width in pixels. */
    public static final int DEFAULT_WIDTH = 900;
    /** The default height in pixels. */
    public static final int DEFAULT_HEIGHT = 560;

    /** How an axis prints its tick labels. */
    public enum AxisFormat {
        /** Whole years without a thousands separator: {@code 2018}. */
        YEAR("0"),
        /** Whole dollars with a thousands separator: {@code $33,750}. */
        DOLLARS("$#,##0"),
        /** Dollars and cents, for hourly wages: {@code $16.23}. */
        DOLLARS_AND_CENTS("$#,##0.00"),
        /** Plain numbers with a thousands separator: {@code 2,871.4}. */
        NUMBER("#,##0.##"),
        /** No tick labels: the axis only orders rows that their own labels name (a ranked chart). */
        NONE("#");

        private final String pattern;

        AxisFormat(String pattern) {
            this.pattern = pattern;
        }

        /** @return the {@link java.text.DecimalFormat} pattern of the tick labels */
        public String pattern() {
            return pattern;
        }
    }

    /** One thing drawn on the plot; layers are drawn in the order they were added. */
    public sealed interface Layer permits Band, Line, Points, Segments {
        /** @return the name shown in the legend */
        String name();

        /** @return the x values */
        List<Double> x();
    }

    /**
     * A filled range between two lines, e.g. the 10th to 90th percentile of each year.
     *
     * @param name the legend entry
     * @param x the x values, strictly ascending
     * @param lower the lower edge at each x
     * @param upper the upper edge at each x, not below {@code lower}
     */
    public record Band(String name, List<Double> x, List<Double> lower, List<Double> upper) implements Layer {
        /**
         * Checks the band and copies the lists.
         *
         * @param name the legend entry
         * @param x the x values, strictly ascending
         * @param lower the lower edge at each x
         * @param upper the upper edge at each x, not below {@code lower}
         * @throws IllegalArgumentException for a blank name, empty or unequal lists, a value that is not finite,
         *     x not ascending, or an upper edge below the lower one
         */
        public Band {
            name = checkName(name);
            x = checkSeries(name, "x", x);
            lower = checkSeries(name, "lower", lower);
            upper = checkSeries(name, "upper", upper);
            checkSameSize(name, x, lower, "lower");
            checkSameSize(name, x, upper, "upper");
            checkAscending(name, x);
            for (int i = 0; i < x.size(); i++) {
                if (upper.get(i) < lower.get(i)) {
                    throw new IllegalArgumentException("Invalid value for upper of band '" + name + "' at x = "
                            + x.get(i) + " (valid values >= lower " + lower.get(i) + "): " + upper.get(i));
                }
            }
        }
    }

    /**
     * A line through points, e.g. the median of each year.
     *
     * @param name the legend entry
     * @param x the x values, strictly ascending
     * @param y the y value at each x
     */
    public record Line(String name, List<Double> x, List<Double> y) implements Layer {
        /**
         * Checks the line and copies the lists.
         *
         * @param name the legend entry
         * @param x the x values, strictly ascending
         * @param y the y value at each x
         * @throws IllegalArgumentException for a blank name, empty or unequal lists, a value that is not finite, or
         *     x not ascending
         */
        public Line {
            name = checkName(name);
            x = checkSeries(name, "x", x);
            y = checkSeries(name, "y", y);
            checkSameSize(name, x, y, "y");
            checkAscending(name, x);
        }
    }

    /**
     * Unconnected markers, e.g. bracket averages or realized values; hollow markers for values to read with caution
     * (a small estimate, whose relative standard error is high).
     *
     * @param name the legend entry
     * @param x the x values, in any order
     * @param y the y value at each x
     * @param hollow whether the markers are drawn as outlines only
     */
    public record Points(String name, List<Double> x, List<Double> y, boolean hollow) implements Layer {
        /**
         * Checks the points and copies the lists.
         *
         * @param name the legend entry
         * @param x the x values
         * @param y the y value at each x
         * @param hollow whether the markers are drawn as outlines only
         * @throws IllegalArgumentException for a blank name, empty or unequal lists, or a value that is not finite
         */
        public Points {
            name = checkName(name);
            x = checkSeries(name, "x", x);
            y = checkSeries(name, "y", y);
            checkSameSize(name, x, y, "y");
        }

        /**
         * Filled markers.
         *
         * @param name the legend entry
         * @param x the x values
         * @param y the y value at each x
         * @throws IllegalArgumentException for a blank name, empty or unequal lists, or a value that is not finite
         */
        public Points(String name, List<Double> x, List<Double> y) {
            this(name, x, y, false);
        }
    }

    /**
     * Horizontal segments, each a value held over a range of x with an optional label drawn above it, e.g. survey
     * brackets (the average pay of 0–5 years of experience drawn from 0 to 5). All segments share one legend entry.
     *
     * @param name the legend entry
     * @param x where each segment starts
     * @param to where each segment ends, above its start
     * @param y the value of each segment
     * @param labels a label per segment, drawn above its middle; an empty label draws nothing
     */
    public record Segments(String name, List<Double> x, List<Double> to, List<Double> y, List<String> labels)
            implements Layer {
        /**
         * Checks the segments and copies the lists.
         *
         * @param name the legend entry
         * @param x where each segment starts
         * @param to where each segment ends, above its start
         * @param y the value of each segment
         * @param labels a label per segment (empty for none)
         * @throws IllegalArgumentException for a blank name, empty or unequal lists, a value that is not finite, a
         *     segment that does not end after it starts, or a null label
         */
        public Segments {
            name = checkName(name);
            x = checkSeries(name, "x", x);
            to = checkSeries(name, "to", to);
            y = checkSeries(name, "y", y);
            checkSameSize(name, x, to, "to");
            checkSameSize(name, x, y, "y");
            Objects.requireNonNull(labels, "labels of layer '" + name + "' must not be null");
            if (labels.size() != x.size()) {
                throw new IllegalArgumentException("Invalid size of labels of layer '" + name + "' (valid: "
                        + x.size() + ", the size of x): " + labels.size());
            }
            for (int i = 0; i < x.size(); i++) {
                if (!(to.get(i) > x.get(i))) {
                    throw new IllegalArgumentException("Invalid value for to[" + i + "] of layer '" + name
                            + "' (valid values > x[" + i + "] = " + x.get(i) + "): " + to.get(i));
                }
                if (labels.get(i) == null) {
                    throw new IllegalArgumentException("Invalid value for labels[" + i + "] of layer '" + name
                            + "' (valid values: text, empty for none): null");
                }
            }
            labels = List.copyOf(labels);
        }
    }

    private final String title;
    private final String xAxisTitle;
    private final AxisFormat xAxisFormat;
    private final String yAxisTitle;
    private final AxisFormat yAxisFormat;
    private final int width;
    private final int height;
    private final List<Layer> layers;
    private final List<String> notes;

    private Chart(Builder b) {
        this.title = b.title;
        this.xAxisTitle = b.xAxisTitle;
        this.xAxisFormat = b.xAxisFormat;
        this.yAxisTitle = b.yAxisTitle;
        this.yAxisFormat = b.yAxisFormat;
        this.width = b.width;
        this.height = b.height;
        this.layers = List.copyOf(b.layers);
        this.notes = List.copyOf(b.notes);
    }

    /**
     * Starts a chart.
     *
     * @param title the chart title, not blank
     * @return a builder; set both axis titles and add at least one layer before {@link Builder#build()}
     */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** @return the chart title */
    public String title() {
        return title;
    }

    /** @return the title of the horizontal axis */
    public String xAxisTitle() {
        return xAxisTitle;
    }

    /** @return how the horizontal axis prints its ticks */
    public AxisFormat xAxisFormat() {
        return xAxisFormat;
    }

    /** @return the title of the vertical axis */
    public String yAxisTitle() {
        return yAxisTitle;
    }

    /** @return how the vertical axis prints its ticks */
    public AxisFormat yAxisFormat() {
        return yAxisFormat;
    }

    /** @return the width in pixels */
    public int width() {
        return width;
    }

    /** @return the height in pixels */
    public int height() {
        return height;
    }

    /** @return the layers, in drawing order */
    public List<Layer> layers() {
        return layers;
    }

    /** @return lines of small print drawn under the plot (sources, top-coded or missing years) */
    public List<String> notes() {
        return notes;
    }

    /**
     * A copy of this chart at another size.
     *
     * @param widthPixels the width, {@value #MIN_SIZE} to {@value #MAX_SIZE}
     * @param heightPixels the height, {@value #MIN_SIZE} to {@value #MAX_SIZE}
     * @return the resized chart
     */
    public Chart withSize(int widthPixels, int heightPixels) {
        Builder b = toBuilder();
        b.size(widthPixels, heightPixels);
        return b.build();
    }

    private Builder toBuilder() {
        Builder b = new Builder(title);
        b.xAxis(xAxisTitle, xAxisFormat).yAxis(yAxisTitle, yAxisFormat).size(width, height);
        b.layers.addAll(layers);
        b.notes.addAll(notes);
        return b;
    }

    /**
     * Renders the chart to an image. In a Jupyter Java kernel (IJava, JJava) a {@code BufferedImage} that is a
     * cell's last expression is shown inline as PNG; so is the chart itself once the library's display is installed
     * (package {@code io.github.wageoutlook.notebook}).
     *
     * @return a new image of {@link #width()} × {@link #height()} pixels
     */
    public BufferedImage toImage() {
        return XChartRenderer.image(this);
    }

    /**
     * Renders the chart as PNG.
     *
     * @return the PNG bytes
     */
    public byte[] toPng() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writePng(bytes);
        return bytes.toByteArray();
    }

    /**
     * Renders the chart as SVG.
     *
     * @return the SVG document
     */
    public String toSvg() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeSvg(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes PNG to a stream (not closed).
     *
     * @param out the stream
     * @throws UncheckedIOException if writing fails
     */
    public void writePng(OutputStream out) {
        XChartRenderer.png(this, Objects.requireNonNull(out, "out must not be null"));
    }

    /**
     * Writes SVG to a stream (not closed).
     *
     * @param out the stream
     * @throws UncheckedIOException if writing fails
     */
    public void writeSvg(OutputStream out) {
        XChartRenderer.svg(this, Objects.requireNonNull(out, "out must not be null"));
    }

    /**
     * Writes the chart to a file, as PNG or SVG by the file's extension ({@code .png}, {@code .svg}, any case).
     *
     * @param file the file; its folder must exist
     * @return the file
     * @throws IllegalArgumentException if the extension is neither .png nor .svg
     * @throws UncheckedIOException if the file cannot be written
     */
    public Path write(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        if (!png && !name.endsWith(".svg")) {
            throw new IllegalArgumentException("Invalid chart file '" + file
                    + "' (valid extensions .png, .svg): the extension chooses the format");
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            if (png) {
                writePng(out);
            } else {
                writeSvg(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write chart to " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** @return the title, size and layer names, e.g. for a notebook cell that prints the chart */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Chart '" + title + "' " + width + "×" + height + ", x: " + xAxisTitle
                + ", y: " + yAxisTitle + ", layers:");
        layers.forEach(l -> b.append(' ').append(l.getClass().getSimpleName()).append(" '").append(l.name())
                .append("' (").append(l.x().size()).append(" points)"));
        return b.toString();
    }

    /** Collects the parts of a {@link Chart}; not thread-safe. */
    public static final class Builder {
        private final String title;
        private String xAxisTitle;
        private AxisFormat xAxisFormat = AxisFormat.NUMBER;
        private String yAxisTitle;
        private AxisFormat yAxisFormat = AxisFormat.NUMBER;
        private int width = DEFAULT_WIDTH;
        private int height = DEFAULT_HEIGHT;
        private final List<Layer> layers = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String title) {
            this.title = checkText("title", title);
        }

        /**
         * Titles the horizontal axis.
         *
         * @param axisTitle the title, not blank
         * @param format how ticks print
         * @return this builder
         */
        public Builder xAxis(String axisTitle, AxisFormat format) {
            this.xAxisTitle = checkText("xAxisTitle", axisTitle);
            this.xAxisFormat = Objects.requireNonNull(format, "format must not be null");
            return this;
        }

        /**
         * Titles the vertical axis.
         *
         * @param axisTitle the title, not blank
         * @param format how ticks print
         * @return this builder
         */
        public Builder yAxis(String axisTitle, AxisFormat format) {
            this.yAxisTitle = checkText("yAxisTitle", axisTitle);
            this.yAxisFormat = Objects.requireNonNull(format, "format must not be null");
            return this;
        }

        /**
         * Sets the size.
         *
         * @param widthPixels {@value Chart#MIN_SIZE} to {@value Chart#MAX_SIZE}
         * @param heightPixels {@value Chart#MIN_SIZE} to {@value Chart#MAX_SIZE}
         * @return this builder
         */
        public Builder size(int widthPixels, int heightPixels) {
            this.width = checkSize("width", widthPixels);
            this.height = checkSize("height", heightPixels);
            return this;
        }

        /**
         * Adds a filled range.
         *
         * @param name legend entry
         * @param x ascending x values
         * @param lower lower edge at each x
         * @param upper upper edge at each x
         * @return this builder
         */
        public Builder band(String name, List<Double> x, List<Double> lower, List<Double> upper) {
            layers.add(new Band(name, x, lower, upper));
            return this;
        }

        /**
         * Adds a line.
         *
         * @param name legend entry
         * @param x ascending x values
         * @param y value at each x
         * @return this builder
         */
        public Builder line(String name, List<Double> x, List<Double> y) {
            layers.add(new Line(name, x, y));
            return this;
        }

        /**
         * Adds unconnected markers.
         *
         * @param name legend entry
         * @param x x values
         * @param y value at each x
         * @return this builder
         */
        public Builder points(String name, List<Double> x, List<Double> y) {
            layers.add(new Points(name, x, y));
            return this;
        }

        /**
         * Adds unconnected markers drawn as outlines only, e.g. the medians of small estimates.
         *
         * @param name legend entry
         * @param x x values
         * @param y value at each x
         * @return this builder
         */
        public Builder hollowPoints(String name, List<Double> x, List<Double> y) {
            layers.add(new Points(name, x, y, true));
            return this;
        }

        /**
         * Adds labelled horizontal segments.
         *
         * @param name legend entry
         * @param from where each segment starts
         * @param to where each segment ends
         * @param y value of each segment
         * @param labels label of each segment, empty for none
         * @return this builder
         */
        public Builder segments(String name, List<Double> from, List<Double> to, List<Double> y,
                                List<String> labels) {
            layers.add(new Segments(name, from, to, y, labels));
            return this;
        }

        /**
         * Adds a line of small print under the plot.
         *
         * @param text the note, not blank
         * @return this builder
         */
        public Builder note(String text) {
            notes.add(checkText("note", text));
            return this;
        }

        /**
         * Builds the chart.
         *
         * @return the chart
         * @throws IllegalStateException if an axis has no title or there is no layer
         */
        public Chart build() {
            if (xAxisTitle == null || yAxisTitle == null) {
                throw new IllegalStateException("Chart '" + title + "' needs both axis titles (xAxis(…), yAxis(…))");
            }
            if (layers.isEmpty()) {
                throw new IllegalStateException("Chart '" + title + "' has nothing to draw: add a band, line or points");
            }
            return new Chart(this);
        }
    }

    private static String checkText(String field, String text) {
        Objects.requireNonNull(text, field + " must not be null");
        if (text.isBlank()) {
            throw new IllegalArgumentException("Invalid value for " + field + " (valid values: non-blank text): '"
                    + text + "'");
        }
        return text.strip();
    }

    private static String checkName(String name) {
        return checkText("layer name", name);
    }

    private static int checkSize(String field, int pixels) {
        if (pixels < MIN_SIZE || pixels > MAX_SIZE) {
            throw new IllegalArgumentException("Invalid value for " + field + " (valid values " + MIN_SIZE + " - "
                    + MAX_SIZE + " pixels): " + pixels);
        }
        return pixels;
    }

    private static List<Double> checkSeries(String layer, String field, List<Double> values) {
        Objects.requireNonNull(values, field + " of layer '" + layer + "' must not be null");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for " + field + " of layer '" + layer
                    + "' (valid values: at least one point): []");
        }
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("Invalid value for " + field + "[" + i + "] of layer '" + layer
                        + "' (valid values: finite numbers): " + v);
            }
        }
        return List.copyOf(values);
    }

    private static void checkSameSize(String layer, List<Double> x, List<Double> other, String field) {
        if (other.size() != x.size()) {
            throw new IllegalArgumentException("Invalid size of " + field + " of layer '" + layer + "' (valid: "
                    + x.size() + ", the size of x): " + other.size());
        }
    }

    private static void checkAscending(String layer, List<Double> x) {
        for (int i = 1; i < x.size(); i++) {
            if (!(x.get(i) > x.get(i - 1))) {
                throw new IllegalArgumentException("Invalid value for x[" + i + "] of layer '" + layer
                        + "' (valid values > x[" + (i - 1) + "] = " + x.get(i - 1) + "): " + x.get(i));
            }
        }
    }
}
