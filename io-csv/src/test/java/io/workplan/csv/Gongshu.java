package io.workplan.csv;

import io.workplan.core.ProgressReport;
import io.workplan.excel.ExcelReader;
import io.workplan.sheet.samples.RealSamples;

/** The real workbook's report (Hangzhou Gongshu, Q2 2024), which every CSV written of it must read back to. */
final class Gongshu {
    private static ProgressReport report;

    private Gongshu() {}

    /** The report as the Excel reader reads the real workbook. */
    static synchronized ProgressReport report() {
        if (report == null) {
            report = ExcelReader.create().read(RealSamples.file(RealSamples.GONGSHU_XLSX)).report();
        }
        return report;
    }

    /** A report with another source, region and day of publication: all that a CSV has no place for. */
    static ProgressReport asReadFrom(ProgressReport report, String source) {
        return ProgressReport.builder().from(report).source(source).region(java.util.Optional.empty())
                .publishedOn(java.util.Optional.empty()).build();
    }
}
