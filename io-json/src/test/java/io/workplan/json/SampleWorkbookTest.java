package io.workplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.ProgressReport;
import io.workplan.excel.ExcelReader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sample workbook, read by the Excel reader, goes through JSON unchanged. */
class SampleWorkbookTest {

    /** The workbook of io-excel's tests: one copy in the repository. */
    private static final Path WORKBOOK = Path.of("../io-excel/src/test/resources/gongshu-2024-q2.xlsx");

    @Test
    void theWorkbookGoesThroughJsonUnchanged() {
        ProgressReport fromWorkbook = new ExcelReader().read(WORKBOOK).report();

        ProgressReport fromJson = JsonReader.create().readString(JsonWriter.create().writeString(fromWorkbook));

        assertThat(fromJson).isEqualTo(fromWorkbook);
        assertThat(fromJson.entries()).isEqualTo(fromWorkbook.entries());
        assertThat(fromJson.tasks()).hasSize(159);
    }

    /** The golden file was made from the page's table: the workbook says the same, but for its source. */
    @Test
    void theWorkbookAndThePageGiveTheGoldenFile() {
        ProgressReport fromWorkbook = new ExcelReader().read(WORKBOOK).report();
        assertThat(fromWorkbook.source()).hasValue("gongshu-2024-q2.xlsx");

        ProgressReport withoutSource = ProgressReport.builder().from(fromWorkbook).source(Optional.empty()).build();

        assertThat(JsonWriter.create().writeString(withoutSource))
                .isEqualTo(TestFiles.text(TestFiles.GOLDEN_V1 + "gongshu-2024-q2.json"));
    }
}
