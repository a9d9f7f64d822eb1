package io.workplan.excel;

import io.workplan.sheet.samples.RealSamples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.workplan.core.ProgressReport;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The published sample of Gongshu district, Q2 2024, read, written and read again. */
class WrittenSampleTest {
    @TempDir
    Path dir;

    private static ProgressReport sample() throws URISyntaxException {
        Path file = RealSamples.file(RealSamples.GONGSHU_XLSX);
        return new ExcelReader(ExcelReadOptions.builder().sourceName("gongshu-2024-q2").build()).read(file).report();
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void theSampleWrittenAndReadBackIsUnchanged(ExcelWriter.Format format) throws Exception {
        ProgressReport sample = sample();
        Path file = dir.resolve("gongshu." + (format == ExcelWriter.Format.XLS ? "xls" : "xlsx"));

        ExcelWriter.create().write(sample, file);
        ExcelReadResult again = Workbooks.readBoth(file, ExcelReadOptions.builder().sourceName("gongshu-2024-q2"));

        assertThat(sample.tasks()).hasSize(159);
        assertThat(again.report()).isEqualTo(sample);
        assertThat(again.warnings()).isEmpty();
    }

    @Test
    void theSampleWithSummarySheetsHoldsTheChartPart() throws Exception {
        Path file = dir.resolve("gongshu.xlsx");
        ExcelWriter.create().write(sample(), file);

        String chart = ExcelWriterTest.zipEntry(Files.readAllBytes(file), "xl/charts/chart1.xml");
        assertThat(chart).contains("<c:barChart>").contains("'按类别汇总'!$A$3:$A$26").contains("主要经济指标");
        String drawingRels = ExcelWriterTest.zipEntry(Files.readAllBytes(file), "xl/drawings/_rels/drawing1.xml.rels");
        assertThat(drawingRels).contains("../charts/chart1.xml");
    }

    /**
     * LibreOffice opens the workbook and prints it, summary sheets and chart included. Runs only where
     * {@code soffice} is on the PATH: the assumption guards this external tool alone, nothing of ours.
     */
    @Test
    void libreOfficeOpensTheWorkbookWithItsSummarySheets() throws Exception {
        Path soffice = onPath("soffice");
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path file = dir.resolve("gongshu.xlsx");
        ExcelWriter.create().write(sample(), file);

        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();

        Path pdf = dir.resolve("gongshu.pdf");
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
        assertThat(pdf).exists();
        String text = new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1);
        // Every sheet prints: the official sheet's pages and the two summaries.
        assertThat(text).startsWith("%PDF");
        assertThat(Files.size(pdf)).isGreaterThan(20_000);
        assertThat(pageCount(text)).isGreaterThanOrEqualTo(3);
    }

    /**
     * The .xls prints as the .xlsx does, fit to the page's width: before, it printed at 100 % on 30
     * pages (the progress column and half the title on pages of their own) against the .xlsx's 10.
     * Runs where {@code soffice} is on the PATH, as above.
     */
    @Test
    void theXlsPrintsFitToTheWidthAsTheXlsxDoes() throws Exception {
        Path soffice = onPath("soffice");
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        ExcelWriter official = ExcelWriter.create(ExcelWriterOptions.builder().summarySheets(false).build());
        ProgressReport sample = sample();
        long[] pages = new long[2];
        for (ExcelWriter.Format format : ExcelWriter.Format.values()) {
            Path folder = Files.createDirectories(dir.resolve(format.name()));
            Path file = folder.resolve("gongshu." + format.name().toLowerCase(java.util.Locale.ROOT));
            official.write(sample, file);
            pages[format.ordinal()] = pageCount(Files.readString(printed(soffice, file), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        long xlsx = pages[ExcelWriter.Format.XLSX.ordinal()];
        long xls = pages[ExcelWriter.Format.XLS.ordinal()];
        // The sample's 159 tasks print on 10 pages as .xlsx; the .xls's rows are a little taller in
        // LibreOffice (12 pages), never its columns on pages of their own.
        assertThat(xlsx).isBetween(5L, 15L);
        assertThat(xls).as("pages of the .xls, against %d of the .xlsx", xlsx).isBetween(xlsx, xlsx + xlsx / 4);
    }

    /**
     * A category whose run of tasks a page break cuts is named again at the top of the next page:
     * the writer sets the page breaks, and no merged category or lead units spans one (a merged
     * cell prints its text on its first page only).
     */
    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void aCategoryCutByAPageBreakIsNamedAgainAtTheTopOfTheNextPage(ExcelWriter.Format format) throws Exception {
        ProgressReport sample = sample();
        Path file = dir.resolve("gongshu." + format.name().toLowerCase(java.util.Locale.ROOT));
        ExcelWriter.create(ExcelWriterOptions.builder().summarySheets(false).build()).write(sample, file);

        try (org.apache.poi.ss.usermodel.Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile(), null, true)) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet(ExcelWriter.OFFICIAL_SHEET);
            org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter();
            int[] breaks = sheet.getRowBreaks();
            assertThat(breaks).as("page breaks of the 159 tasks").hasSizeGreaterThan(3);
            int category = 1;
            assertThat(shown.formatCellValue(sheet.getRow(1).getCell(category))).isEqualTo("项目名称");
            int cut = 0;
            for (int b : breaks) {
                for (org.apache.poi.ss.util.CellRangeAddress merged : sheet.getMergedRegions()) {
                    if (merged.getFirstColumn() > 0) {   // the number's runs (sub-items) stay merged
                        assertThat(merged.getFirstRow() <= b && merged.getLastRow() > b)
                                .as("%s spans the break after row %d", merged.formatAsString(), b + 1).isFalse();
                    }
                }
                io.workplan.core.Task first = sample.tasks().get(b + 1 - 2);
                io.workplan.core.Task above = sample.tasks().get(b - 2);
                if (first.category().isPresent()) {
                    assertThat(shown.formatCellValue(sheet.getRow(b + 1).getCell(category)))
                            .as("the category at the top of the page after row %d", b + 1).isNotBlank();
                }
                if (first.category().equals(above.category())) {
                    cut++;
                }
            }
            assertThat(cut).as("breaks that cut a category's run in the sample").isPositive();
        }
        assertThat(new ExcelReader().read(file).report()).isEqualTo(new ExcelReader().read(file).report());
        assertThat(new ExcelReader().read(file).report().tasks()).isEqualTo(sample.tasks());
    }

    /**
     * LibreOffice breaks the printed official sheet where the writer set its breaks, and nowhere
     * else: each page holds the rows the writer gave it. Runs where {@code soffice} is on the PATH.
     */
    @Test
    void libreOfficeBreaksThePagesWhereTheWriterSetThem() throws Exception {
        Path soffice = onPath("soffice");
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path folder = Files.createDirectories(dir.resolve("breaks"));
        Path file = folder.resolve("gongshu.xlsx");
        ExcelWriter.create(ExcelWriterOptions.builder().summarySheets(false).build()).write(sample(), file);
        int breaks;
        try (org.apache.poi.ss.usermodel.Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile(), null, true)) {
            breaks = workbook.getSheet(ExcelWriter.OFFICIAL_SHEET).getRowBreaks().length;
        }

        long pages = pageCount(Files.readString(printed(soffice, file), java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(pages).as("pages printed, against %d breaks", breaks).isEqualTo(breaks + 1L);
    }

    /** The PDF that LibreOffice prints of a file, with a profile of this run's own. */
    private Path printed(Path soffice, Path file) throws Exception {
        Path folder = file.getParent();
        Path log = folder.resolve("soffice.log");
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", folder.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        return folder.resolve("gongshu.pdf");
    }

    private static long pageCount(String pdf) {
        return Stream.of(pdf.split("/Type\\s*/Page\\b")).count() - 1;
    }

    private static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String directory : List.of(path.split(java.io.File.pathSeparator))) {
            Path candidate = Path.of(directory, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
