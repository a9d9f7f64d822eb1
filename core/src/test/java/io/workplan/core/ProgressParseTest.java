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
                narrativeShare("已完成年度目标的60%", "60"),
                // a percentage with a note is that percentage: 苍南县 2022年度市县民生实事未完成项目进度表(截至10月31日),
                // http://www.cncn.gov.cn/art/2022/12/14/art_1229664772_59047997.html
                percent("80%(新区实验幼儿园进度滞后)", "80"),
                percent("88%(灵溪镇园区六路、金乡镇四好农村路推进缓慢)", "88"),
                percent("57%(赤溪、灵溪偏慢)", "57"),
                percent("50%(马站未开工", "50"),
                percent("22%(严重滞后)", "22"),
                percent("98.4%", "98.4"),
                percent("98.4%。", "98.4"),
                percent("100%（已完工）", "100"),
                percent("60%，主体结构施工中", "60"),
                percent("６０％，主体结构施工中。", "60"),
                percent("75% 正在进行内部装修", "75"),
                percent("90%(其中一个项目尚在审批中)。", "90"),
                // a leading percentage with a report of its own after it is a narrative with that share
                narrativeShare("95%，剩余2个项目正在扫尾，预计11月底前全部完工", "95"),
                narrativeShare("60%。主体结构已封顶；正在进行外墙施工", "60"),
                narrativeShare("70%，累计完成投资1.2亿元", "70"),
                narrativeShare("80%(滞后)，完成投资3.2亿元，同比增长5%", "80"),
                // shares of the target inside narratives
                narrativeShare("1-10月完成率47.23%", "47.23"),
                narrativeShare("完成进度80%", "80"),
                narrativeShare("一般公共预算收入12.3亿元，为预算的26.9%", "26.9"),
                narrativeShare("税收收入占预算任务的30.7%", "30.7"),
                narrativeShare("完成年度目标的65%", "65"),
                narrativeShare("工程进度为60%", "60"),
                narrativeShare("形象进度达85%", "85"),
                narrativeShare("累计完成总工程量的45%", "45"),
                // http://www.7263355.com/zglygzfmhwz/gzdt_msss2025/content/2399a463-3ef6-47e4-bed9-614ef9ecfd36.html
                narrativeShare("已完成投资11.54亿元,完成年度总投资的88.76%。", "88.76"),
                // http://fzggw.cq.gov.cn/zwxx/xwbd/202003/t20200319_5756150_wap.html
                narrativeShare("上半年实际完成投资156.92亿元,占全年计划投资的56.6%。", "56.6"),
                narrativeShare("累计解决了2585个撤并村通公路,占总计划的99.2%。", "99.2"),
                // https://456150.com.cn/bmpd/jmsfzhggj/zwgk/tjfx/zdxmxxtj/content/post_1584634.html
                narrativeShare("1-10月项目累计完成投资629.0亿元,占年度投资计划的97.2%,超过时间进度13.8个百分点。", "97.2"),
                // http://m.wjjyp.cn/hygk/qjmb/content/post_5080384.html (no 的)
                narrativeShare("完成投资23.02亿元,完成年度计划51.55%,高于时序进度1.55%", "51.55"),
                // http://bcjhc.cn/html/jsxw/20230517/1080053.htm
                narrativeShare("累计完成投资413億元,投资完成率41.9%,超时序进度8.6个百分点。", "41.9"),
                // https://www.ahxx.gov.cn/xxdt/ztzl/xxmsgc/gggs/163042521.html
                narrativeShare("实体零工驿站建设完成2个,完成率200%", "200"),
                // http://zgcxd.com/bendi/202110/2133148.html: the first of two shares of the target
                narrativeShare("分别完成年度目标(维修改造锅炉146台、供热管网改造40公里)的80.8%、58.5%", "80.8"),
                narrativeShare("累计完成90场心理健康培训服务,已超额完成年度目标(50场)的180%", "180"),
                // http://www.huangshi.gov.cn/ztjj/2023sjss/ncglxg/my6/202305/t20230530_1018268.html: 开工率 and 完工率 are not the share
                narrativeShare("已开工8个、开工率80%,已完工7个、完工率70%;完成投资248万元、占年度计划的80%。", "80"),
                narrativeShare("同比增长6.7%，完成全年任务的78%", "78"),
                // two different shares (of two targets): no single figure is the progress, none is guessed
                kind("完成率52%，完成全年任务的60%", Kind.NARRATIVE),
                // http://www.wenzhou.gov.cn (zhejiang-wenzhou-2018-m6 of the corpus of real tables)
                kind("完成工程投资7856万元,完成率54.7%,新增受益人口11.05万人,完成率61.9%。", Kind.NARRATIVE),
                // zhejiang-songyang-2022-h1 of the corpus of real tables
                narrativeShare("截至6月9日:高血压用药免费服用8718人,完成任务数的108.97%", "108.97"),
                // growth and level figures are never the progress
                kind("同比增长6.7%", Kind.NARRATIVE),
                kind("1-9月增速9.6%，高于全市1.2个百分点", Kind.NARRATIVE),
                kind("增长率达8%", Kind.NARRATIVE),
                kind("产能利用率已达到92%以上", Kind.NARRATIVE),
                kind("新兴产业占比13.1%", Kind.NARRATIVE),
                kind("普惠性幼儿园覆盖率达80%", Kind.NARRATIVE),
                kind("水质达标率100%", Kind.NARRATIVE),
                kind("研发投入强度提高0.3个百分点，达3.2%", Kind.NARRATIVE),
                kind("开工率达100%", Kind.NARRATIVE),
                kind("占一般公共预算支出的79.9%", Kind.NARRATIVE),
                kind("快于序时进度6.32个百分点，序时进度为75%", Kind.NARRATIVE),
                // 已完成 with a share below 100 % is the step done, not the year's target
                narrativeShare("已完成。1-10月完成率47.23%", "47.23"),
                narrativeShare("已完成，完成全年任务的90%", "90"),
                kind("已完成。完成率100%", Kind.COMPLETED),
                kind("已完成，完成年度目标的120%", Kind.COMPLETED),
                kind("已完成，同比增长6.7%", Kind.COMPLETED),
                // https://ixbang.com/bid/detail/3BD27952C853D80EC2E8DA122B0151D4.html
                kind("已完成。", Kind.COMPLETED),
                // zhejiang-taishun-2023-m10 of the corpus of real tables: the year's task done early, then how
                kind("提前完成年度任务。截至6月21日,已完成筛查任务数16010人。", Kind.COMPLETED),
                kind("提前完成年度任务\n完成义务教育段就读的随迁子女相关任务,就读公办学校的比例达86.18%", Kind.COMPLETED),
                // hunan-yueyang-m11 of the corpus of real tables: the target (a standard) reached
                kind("达到目标60元", Kind.COMPLETED),
                narrativeShare("达到目标的80%", "80"));
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
