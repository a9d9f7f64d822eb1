package io.workplan.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Choosing a sheet in a workbook of many: the table of 100 tasks on the last sheet, after sheets
 * holding a line of text each, so that every earlier sheet is tried. Each is opened directly; a
 * reader that went through the earlier sheets to reach each one took 24 s for 990 sheets.
 */
public class ManySheetsBenchmark extends Timed {

    /** Sheets in the workbook, the table on the last. */
    @Param({"10", "990"})
    public int sheets;

    private Path file;

    /**
     * Writes the workbook: the official sheet of 100 tasks, moved behind {@code sheets - 1} sheets of a line each.
     *
     * @throws IOException when it cannot be written
     */
    @Setup
    public void workbook() throws IOException {
        file = Files.createTempFile("workplan-many-sheets-", ".xlsx");
        file.toFile().deleteOnExit();
        try (InputStream in = Files.newInputStream(OfficialWorkbooks.file(100)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            String table = wb.getSheetName(0);
            for (int i = 1; i < sheets; i++) {
                wb.createSheet("附表" + i).createRow(0).createCell(0).setCellValue("第" + i + "页");
            }
            while (wb.getNumberOfSheets() > sheets) {
                wb.removeSheetAt(1); // the summary sheets, if any
            }
            wb.setSheetOrder(table, sheets - 1);
            wb.setActiveSheet(0);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    /**
     * workplan in memory.
     *
     * @param bh the sink
     * @throws Exception never
     */
    @Benchmark
    public void workplanInMemory(Blackhole bh) throws Exception {
        SheetReaders.WORKPLAN_IN_MEMORY.read(file, bh::consume);
    }

    /**
     * workplan streaming.
     *
     * @param bh the sink
     * @throws Exception never
     */
    @Benchmark
    public void workplanStreaming(Blackhole bh) throws Exception {
        SheetReaders.WORKPLAN_STREAMING.read(file, bh::consume);
    }
}
