package io.workplan.json;

import io.workplan.core.ProgressReport;
import io.workplan.excel.ExcelReader;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The sample report (Gongshu district, Q2 2024, 159 tasks in 24 categories) as the Excel reader
 * reads it from the real workbook (its one copy in the repository, in {@code examples/}).
 */
final class SampleReport {
    private SampleReport() {}

    static final Path WORKBOOK = Path.of("../examples/gongshu-2024-q2.xlsx");

    /** The report read from the workbook, with the workbook's name as its source. */
    static ProgressReport fromWorkbook() {
        return new ExcelReader().read(WORKBOOK).report();
    }

    /** The report of the golden file: the workbook's, without a source. */
    static ProgressReport load() {
        return ProgressReport.builder().from(fromWorkbook()).source(Optional.empty()).build();
    }
}
