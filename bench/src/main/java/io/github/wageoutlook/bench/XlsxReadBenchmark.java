package io.github.wageoutlook.bench;

import io.github.wageoutlook.io.OewsReader;
import io.github.wageoutlook.oews.OewsTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one official OEWS national workbook in-process, warmed: the library's typed reader, and the two raw
 * cell readers it could be built on (fastexcel-reader, which it uses, and Apache POI's XSSF). The bytes are in
 * memory, so disk speed is not measured.
 *
 * <pre>java -jar bench/target/benchmarks.jar XlsxReadBenchmark -p file=datasets/oews/national_M2024_dl.xlsx</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class XlsxReadBenchmark {

    @Param("datasets/oews/national_M2024_dl.xlsx")
    public String file;

    private byte[] bytes;

    @Setup
    public void load() throws IOException {
        bytes = Files.readAllBytes(Path.of(file));
    }

    @Benchmark
    public OewsTable wageOutlookTypedTable() {
        return OewsReader.readXlsx(Path.of(file).getFileName().toString(), new ByteArrayInputStream(bytes),
                OptionalInt.empty());
    }

    @Benchmark
    public long fastexcelRawCells() throws IOException {
        long cells = 0;
        try (InputStream in = new ByteArrayInputStream(bytes); ReadableWorkbook wb = new ReadableWorkbook(in);
             Stream<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().openStream()) {
            for (var it = rows.iterator(); it.hasNext(); ) {
                var row = it.next();
                for (int c = 0; c < row.getCellCount(); c++) {
                    var cell = row.getCell(c);
                    if (cell != null && cell.getRawValue() != null) {
                        cells += cell.getRawValue().length();
                    }
                }
            }
        }
        return cells;
    }

    @Benchmark
    public long poiXssfRawCells() throws IOException {
        long cells = 0;
        DataFormatter format = new DataFormatter();
        try (InputStream in = new ByteArrayInputStream(bytes); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    cells += format.formatCellValue(cell).length();
                }
            }
        }
        return cells;
    }
}
