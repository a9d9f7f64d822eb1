package io.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.ProgressReport;
import io.workplan.core.aggregate.ReportAggregation;
import io.workplan.core.aggregate.ScheduleRule;
import io.workplan.core.aggregate.StreamingAggregation;
import io.workplan.sheet.samples.RealSamples;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's entry-by-entry aggregation: the published sample read entry by entry, in both reading
 * modes, into a {@link StreamingAggregation} gives the figures of {@link ReportAggregation} of the
 * report read whole.
 */
class StreamingAggregationReadTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theSampleReadEntryByEntryHasTheFiguresOfTheWholeReport(boolean streaming) throws Exception {
        Path file = RealSamples.file(RealSamples.GONGSHU_XLSX);
        ExcelReader reader = new ExcelReader(ExcelReadOptions.builder().streaming(streaming).build());
        ProgressReport report = reader.read(file).report();
        ReportAggregation whole = ReportAggregation.of(report);
        try (StreamingAggregation agg = StreamingAggregation.builder()
                .rule(ScheduleRule.standard()).keepTasksBehind(true).build()) {
            reader.read(file, agg);
            assertThat(agg.overall().tasks()).isEqualTo(159);
            assertThat(agg.overall()).isEqualTo(whole.overall());
            assertThat(agg.byCategory()).isEqualTo(whole.byCategory());
            assertThat(agg.byLeadUnit()).isEqualTo(whole.byLeadUnit());
            assertThat(agg.byStatus()).isEqualTo(whole.byStatus());
            assertThat(agg.tasksBehindSchedule()).isEqualTo(whole.tasksBehindSchedule());
        }
    }
}
