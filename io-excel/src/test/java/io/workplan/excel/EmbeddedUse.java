package io.workplan.excel;

import io.workplan.core.ProgressReport;
import java.nio.file.Path;

/**
 * An application embedding the library, knowing nothing of POI or Log4j: reads a workbook, writes it
 * as .xlsx (with the summary sheets) and .xls, and reads the .xlsx back streaming. Run by {@link EmbeddedUseTest} in
 * a JVM of its own.
 */
public final class EmbeddedUse {
    private EmbeddedUse() {}

    /**
     * Reads {@code args[0]}, writes {@code args[1]}.xlsx and {@code args[1]}.xls.
     *
     * @param args the workbook to read and the name of the files to write, without extension
     */
    public static void main(String[] args) {
        ProgressReport report = new ExcelReader().read(Path.of(args[0])).report();
        ExcelWriter writer = ExcelWriter.create(ExcelWriterOptions.builder().summarySheets(true).build());
        writer.write(report, Path.of(args[1] + ".xlsx"));
        writer.write(report, Path.of(args[1] + ".xls"));
        new ExcelReader(ExcelReadOptions.builder().streaming(true).build()).read(Path.of(args[1] + ".xlsx"));
    }
}
