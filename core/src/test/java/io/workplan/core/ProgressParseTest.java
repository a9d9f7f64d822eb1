package io.workplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Progress.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Every progress example of formats.md, and more spellings of real tables, classified as a person would. */
class ProgressParseTest {

    /** Every case of {@code progress-cases.tsv}: a cell's text, its kind and its percentage (none when blank). */
    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvFileSource(resources = "/io/workplan/core/progress-cases.tsv", delimiter = '\t')
    void classifiesAsAPersonWould(String text, Kind kind, BigDecimal percent) {
        Progress progress = Progress.parse(text);

        assertThat(progress.kind()).isEqualTo(kind);
        assertThat(progress.text()).isEqualTo(text);
        if (percent == null) {
            assertThat(progress.percent()).isEmpty();
        } else {
            // equals, not compareTo: the published scale is kept (53.6 stays 53.6)
            assertThat(progress.percent()).contains(percent);
        }
    }

    @Test
    void theTextIsKeptWholeAfterAPercentageWithANote() {
        Progress p = Progress.parse("80%(新区实验幼儿园进度滞后)");

        assertThat(p.text()).isEqualTo("80%(新区实验幼儿园进度滞后)");
        assertThat(p.isCompleted()).isFalse();
        assertThat(Progress.parse("100%（已完工）").isCompleted()).isTrue();
    }

    @Test
    void longAndHostileTextsAreParsedQuickly() {
        List<String> texts = List.of(
                "完成".repeat(20_000) + "年度目标",
                "完成年度".repeat(10_000) + "%",
                "1".repeat(50_000) + "%(" + "滞后".repeat(10_000),
                "进度" + "9".repeat(50_000) + ".5%",
                "已完成。" + "完成率".repeat(10_000) + "5%",
                "为" + "全年总".repeat(10_000) + "计划的5%",
                "占年度目标(" + "(".repeat(10_000) + "的5%");
        long start = System.nanoTime();
        for (String text : texts) {
            assertThat(Progress.parse(text).text()).isEqualTo(text);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds for all").isLessThan(2_000);
    }

    @Test
    void exactDecimalsNeverPassThroughDouble() {
        assertThat(Progress.parse("53.6%").percent()).get().hasToString("53.6");
        assertThat(Progress.parse("0.1%").percent()).get().hasToString("0.1");
        assertThat(Progress.parse("12.345678901234567890%").percent()).get().hasToString("12.345678901234567890");
    }

    @Test
    void completedMeansACompletedWordOrAHundredPercentOrMore() {
        assertThat(Progress.parse("已完成").isCompleted()).isTrue();
        assertThat(Progress.parse("100%").isCompleted()).isTrue();
        assertThat(Progress.parse("145%").isCompleted()).isTrue();
        assertThat(Progress.parse("99.99%").isCompleted()).isFalse();
        assertThat(Progress.parse("正常进行中").isCompleted()).isFalse();
        assertThat(Progress.parse("/").isCompleted()).isFalse();
    }

    @Test
    void everyProgressCellOfTheSampleIsClassifiedAsAPersonWould() throws IOException {
        List<String[]> rows = sampleRows();

        assertThat(rows).hasSize(159);
        for (String[] row : rows) {
            Progress progress = Progress.parse(row[1]);
            String where = "task " + row[0] + " \"" + row[1] + "\"";
            assertThat(progress.kind()).as(where).isEqualTo(Kind.valueOf(row[2]));
            assertThat(progress.text()).as(where).isEqualTo(row[1]);
            assertThat(progress.percent().map(BigDecimal::toPlainString).orElse("")).as(where).isEqualTo(row[3]);
        }
    }

    /** The sample's 159 progress cells with a person's reading: number, text, kind, percent. */
    private static List<String[]> sampleRows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ProgressParseTest.class.getResourceAsStream("/gongshu-2024-q2/progress-expected.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }
}
