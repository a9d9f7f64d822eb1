package io.workplan.benchmarks;

import io.workplan.core.ProgressReport;
import io.workplan.excel.ExcelWriter;
import io.workplan.excel.ExcelWriterOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every writer measured, each writing a report's official sheet to a file: workplan's
 * {@link ExcelWriter} (checked cells, merged runs, widths, heights, document properties; no
 * summary sheets) and raw SXSSF writing the same cells with the same merges and formats
 * ({@link OfficialWorkbooks#write}).
 */
enum SheetWriters {
    /** workplan's writer, no summary sheets. */
    WORKPLAN("workplanWrite") {
        private final ExcelWriter writer = ExcelWriter.create(ExcelWriterOptions.builder().summarySheets(false).build());

        @Override
        void write(ProgressReport report, Path file) {
            writer.write(report, file);
        }
    },
    /** Raw SXSSF: the same cells, merges and formats, texts inline as SXSSF's default. */
    RAW_SXSSF("rawSxssf") {
        @Override
        void write(ProgressReport report, Path file) throws IOException {
            try (OutputStream out = Files.newOutputStream(file)) {
                OfficialWorkbooks.write(out, report.entries().stream().map(OfficialWorkbooks.Cells::of).iterator(), false);
            }
        }
    };

    private final String method;

    SheetWriters(String method) {
        this.method = method;
    }

    /** The writer's name as its method in {@link ExcelWriteBenchmark}, so that the tables read alike. */
    String method() {
        return method;
    }

    abstract void write(ProgressReport report, Path file) throws IOException;
}
