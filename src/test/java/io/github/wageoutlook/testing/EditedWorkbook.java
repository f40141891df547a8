package io.github.wageoutlook.testing;

import io.github.wageoutlook.datasets.Datasets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A real BLS workbook with one deliberate defect, built by rewriting the XML inside the .xlsx zip: the defect is
 * the only difference from the published file, so a test shows the reader's error is about that defect.
 */
public final class EditedWorkbook {
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    private EditedWorkbook(InputStream in) {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads an embedded dataset, e.g. {@code projections/occupation_2016-26.xlsx}. */
    public static EditedWorkbook of(String resource) {
        try (InputStream in = Datasets.open(resource)) {
            return new EditedWorkbook(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String entry) {
        return new String(entries.get(entry), StandardCharsets.UTF_8);
    }

    private EditedWorkbook edit(String entry, UnaryOperator<String> change) {
        String before = text(entry);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException("edit of " + entry + " changed nothing");
        }
        entries.put(entry, after.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Renames a sheet (the tab name in workbook.xml). */
    public EditedWorkbook renameSheet(String from, String to) {
        return edit("xl/workbook.xml", x -> x.replace("<sheet name=\"" + from + "\"", "<sheet name=\"" + to + "\""));
    }

    /** The zip entry of a sheet, through workbook.xml and its relationships. */
    private String sheetEntry(String sheet) {
        Matcher id = Pattern.compile("<sheet name=\"" + Pattern.quote(sheet) + "\"[^>]*r:id=\"(rId\\d+)\"")
                .matcher(text("xl/workbook.xml"));
        if (!id.find()) {
            throw new IllegalStateException("no sheet " + sheet);
        }
        Matcher target = Pattern.compile("Id=\"" + id.group(1) + "\"[^>]*Target=\"([^\"]+)\"")
                .matcher(text("xl/_rels/workbook.xml.rels"));
        if (!target.find()) {
            throw new IllegalStateException("no relationship " + id.group(1));
        }
        return "xl/" + target.group(1);
    }

    /** Replaces one cell (e.g. {@code D4}) by an inline text cell. */
    public EditedWorkbook setText(String sheet, String cell, String value) {
        Pattern c = Pattern.compile("<c r=\"" + cell + "\"([^>]*?)(?:/>|>.*?</c>)");
        return edit(sheetEntry(sheet), x -> {
            Matcher m = c.matcher(x);
            if (!m.find()) {
                throw new IllegalStateException("no cell " + cell);
            }
            String style = m.group(1).replaceAll("\\s*t=\"[^\"]*\"", "");
            return x.substring(0, m.start()) + "<c r=\"" + cell + "\"" + style + " t=\"inlineStr\"><is><t>" + value
                    + "</t></is></c>" + x.substring(m.end());
        });
    }

    /** Moves every cell of the given rows one column to the right (A2 → B2), as a header shifted against the data. */
    public EditedWorkbook shiftRowsRight(String sheet, int... rows) {
        return edit(sheetEntry(sheet), x -> {
            String out = x;
            for (int row : rows) {
                Matcher m = Pattern.compile("<row r=\"" + row + "\"[^>]*>(.*?)</row>").matcher(out);
                if (!m.find()) {
                    throw new IllegalStateException("no row " + row);
                }
                Matcher ref = Pattern.compile("r=\"([A-Z])" + row + "\"").matcher(m.group(1));
                StringBuilder cells = new StringBuilder();
                while (ref.find()) {
                    ref.appendReplacement(cells, "r=\"" + (char) (ref.group(1).charAt(0) + 1) + row + "\"");
                }
                ref.appendTail(cells);
                out = out.substring(0, m.start(1)) + cells + out.substring(m.end(1));
            }
            return out.replaceAll("<mergeCells.*?</mergeCells>", "")
                    .replaceAll("<dimension [^>]*/>", "");
        });
    }

    /** Moves every row of a sheet down by {@code n} rows (row 1 becomes row 1 + n), as a table placed lower. */
    public EditedWorkbook shiftRowsDown(String sheet, int n) {
        return edit(sheetEntry(sheet), x -> {
            Matcher m = Pattern.compile("(<row r=\"|<c r=\"[A-Z]{1,3})(\\d+)\"").matcher(x);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, m.group(1) + (Integer.parseInt(m.group(2)) + n) + "\"");
            }
            m.appendTail(out);
            return out.toString().replaceAll("<mergeCells.*?</mergeCells>", "").replaceAll("<dimension [^>]*/>", "")
                    .replaceAll("<conditionalFormatting.*?</conditionalFormatting>", "");
        });
    }

    /** The bytes of the edited workbook. */
    public InputStream open() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
