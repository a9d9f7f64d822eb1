package io.workplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.sheet.options.OptionChecks;
import org.junit.jupiter.api.Test;

/** The check of the CSV reader's limits: every one out of range listed at once, each with its words. */
class CsvReadOptionsTest {

    @Test
    void everyLimitOutOfRangeIsListed() {
        assertThat(OptionChecks.problems("CsvReadOptions", () -> CsvReadOptions.builder()
                .maxFileBytes(-5).maxCellChars(0).maxCellsPerRecord(0).maxRecordChars(-1).maxRecords(0).delimiter('"')
                .sourceName(" ").build())).containsExactly(
                "sourceName: must not be blank",
                "maxFileBytes: must be positive, was -5",
                "maxCellChars: must be positive, was 0",
                "maxCellsPerRecord: must be positive, was 0",
                "maxRecordChars: must be positive, was -1",
                "maxRecords: must be positive, was 0",
                "delimiter: a quote or a line break cannot be the delimiter");
    }
}
