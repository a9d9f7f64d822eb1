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
