package io.workplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.ProgressReport;
import org.junit.jupiter.api.Test;

/** Acceptance: the sample workbook, read by the Excel reader, goes through JSON unchanged. */
class SampleWorkbookTest {

    @Test
    void theWorkbookGoesThroughJsonUnchanged() {
        ProgressReport fromWorkbook = SampleReport.fromWorkbook();

        ProgressReport fromJson = JsonReader.create().readString(JsonWriter.create().writeString(fromWorkbook));

        assertThat(fromJson).isEqualTo(fromWorkbook);
        assertThat(fromJson.entries()).isEqualTo(fromWorkbook.entries());
        assertThat(fromJson.source()).hasValue("gongshu-2024-q2.xlsx");
        assertThat(fromJson.tasks()).hasSize(159);
        assertThat(fromJson.categories()).hasSize(24);
    }
}
