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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every progress example of formats.md, and more spellings of real tables, classified as a person would. */
class ProgressParseTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                // percentages (formats.md)
                percent("52%", "52"),
                percent("53.6%", "53.6"),
                percent("145%", "145"),
                percent("100%", "100"),
                percent("５２％", "52"),
                percent("53.6 %", "53.6"),
                percent(" 60% ", "60"),
                percent("50.0%", "50.0"),
                percent("0%", "0"),
                percent("８８．８％", "88.8"),
                // not applicable
                kind("/", Kind.NOT_APPLICABLE),
                kind("／", Kind.NOT_APPLICABLE),
                kind("—", Kind.NOT_APPLICABLE),
                kind("-", Kind.NOT_APPLICABLE),
                kind("——", Kind.NOT_APPLICABLE),
                kind("－", Kind.NOT_APPLICABLE),
                // completed
                kind("已完成", Kind.COMPLETED),
                kind("已完成。", Kind.COMPLETED),
                kind("完成", Kind.COMPLETED),
                kind("已提前完成", Kind.COMPLETED),
                kind("已完成,全年新增企业84家。", Kind.COMPLETED),
                // on schedule
                kind("正常进行中", Kind.ON_SCHEDULE),
                kind("正常", Kind.ON_SCHEDULE),
                kind("序时推进", Kind.ON_SCHEDULE),
                kind("按序时推进", Kind.ON_SCHEDULE),
                kind("正常推进。", Kind.ON_SCHEDULE),
                // data pending
                kind("全年数据未出", Kind.DATA_PENDING),
                kind("一季度指标尚未出报", Kind.DATA_PENDING),
                kind("1-12月数据尚未出", Kind.DATA_PENDING),
                kind("数据暂未公布", Kind.DATA_PENDING),
                // narrative
                kind("1-9月,全区地方一般公共预算收入完160.59亿元,快于序时进度6.32个百分点。", Kind.NARRATIVE),
                kind("同比增长6.4%", Kind.NARRATIVE),
                kind("1-6月,完成固定资产投资52亿元,同比增长6.4%。", Kind.NARRATIVE),
                kind("已完成投资52亿元", Kind.NARRATIVE),
                kind("", Kind.NARRATIVE),
                kind("   ", Kind.NARRATIVE),
                kind("52", Kind.NARRATIVE),
                kind("-5%", Kind.NARRATIVE),
                kind("50%-60%", Kind.NARRATIVE),
                narrativeShare("完成全年任务的78%", "78"),
                narrativeShare("1-9月,完成全年任务的78%,同比增长6.4%。", "78"),
                narrativeShare("目标任务完成率52.5%", "52.5"),
                narrativeShare("已完成年度目标的60%", "60"));
    }

    private static Arguments percent(String text, String percent) {
        return Arguments.of(text, Kind.PERCENT, new BigDecimal(percent));
    }

    private static Arguments kind(String text, Kind kind) {
        return Arguments.of(text, kind, null);
    }

    private static Arguments narrativeShare(String text, String percent) {
        return Arguments.of(text, Kind.NARRATIVE, new BigDecimal(percent));
    }

    @ParameterizedTest(name = "{0} is {1} {2}")
    @MethodSource("examples")
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
