package io.workplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {

    static Stream<Arguments> titles() {
        return Stream.of(
                Arguments.of("2024年第二季度拱墅区《政府工作报告》主要任务完成情况", ReportingPeriod.quarter(2024, 2)),
                Arguments.of("2021年四季度", ReportingPeriod.quarter(2021, 4)),
                Arguments.of("2020第三季度", ReportingPeriod.quarter(2020, 3)),
                Arguments.of("2025年上半年", ReportingPeriod.half(2025, 1)),
                Arguments.of("2023年下半年", ReportingPeriod.half(2023, 2)),
                Arguments.of("2024年1-9月政府工作报告任务完成情况", ReportingPeriod.months(2024, 9)),
                Arguments.of("2024年1至11月", ReportingPeriod.months(2024, 11)),
                Arguments.of("2022年前三季度", ReportingPeriod.quarter(2022, 3)),
                Arguments.of("2023年11月", ReportingPeriod.months(2023, 11)),
                Arguments.of("２０２４年第２季度", ReportingPeriod.quarter(2024, 2)),
                Arguments.of("2024年Q1", ReportingPeriod.quarter(2024, 1)),
                Arguments.of("2024年度政府工作报告完成情况", ReportingPeriod.year(2024)),
                Arguments.of("2024年度政府工作报告第三季度完成情况", ReportingPeriod.quarter(2024, 3)),
                // as of a month: the months from January to it, the year the title names
                Arguments.of("2024年度民生实事项目截至9月底进展情况", ReportingPeriod.months(2024, 9)),
                Arguments.of("2024年民生实事项目进展情况（截至9月末）", ReportingPeriod.months(2024, 9)),
                Arguments.of("2024年民生实事进展情况（截至6月20日）", ReportingPeriod.months(2024, 6)),
                Arguments.of("2024年重点工作截止到10月底完成情况", ReportingPeriod.months(2024, 10)),
                Arguments.of("重点工作完成情况（截止2023年11月30日）", ReportingPeriod.months(2023, 11)),
                Arguments.of("2024年度政府工作报告任务完成情况（截至２０２４年６月２０日）", ReportingPeriod.months(2024, 6)),
                // http://www.cncn.gov.cn/art/2022/12/14/art_1229664772_59047997.html
                Arguments.of("2022年度市县民生实事未完成项目进度表(截至10月31日)", ReportingPeriod.months(2022, 10)),
                // http://828139.com/zwgk/zdxm/content/post_3217039.html
                Arguments.of("督查通报〔2024〕第9期:关于恩平市2024年十件民生实事推进情况的通报(截至11月底)", ReportingPeriod.months(2024, 11)),
                // a monthly report: http://www.huichang.gov.cn/hcxxxgk/hc1373/202403/ac532136c88e40c999782114a0b6a02f.shtml
                Arguments.of("关于2023年10月份民生实事项目进展情况的通报", ReportingPeriod.months(2023, 10)),
                Arguments.of("2024年4月民生实事项目进展情况", ReportingPeriod.months(2024, 4)),
                // http://m.dl.bendibao.com/news/78650.shtm
                Arguments.of("2023年大连重点民生工程最新进展(4月)", ReportingPeriod.months(2023, 4)),
                // http://dalian.runsky.com/2019-08/14/content_5971703.html
                Arguments.of("2019年重点民生工程项目7月份完成情况表", ReportingPeriod.months(2019, 7)),
                // https://www.xuancheng.gov.cn/OpennessContent/show/2044556.html
                Arguments.of("2020年1-11月份宣城市《政府工作报告》部分目标任务完成情况", ReportingPeriod.months(2020, 11)),
                // https://sthjj.cnbz.gov.cn/ztzl/msgc/14460961.html
                Arguments.of("巴中市2017年市自选“十件民生实事”1—9月进度公示", ReportingPeriod.months(2017, 9)),
                // quarters and halves: http://www.guanyun.gov.cn/gyxzf/gsgg/content/1bbcd6da-4ff8-4724-b7ae-54239c220f9a.html
                Arguments.of("2019年县政府工作报告三季度完成情况通报", ReportingPeriod.quarter(2019, 3)),
                Arguments.of("2024年一季度重点工作进展", ReportingPeriod.quarter(2024, 1)),
                Arguments.of("2024年第一季度重点工作进展", ReportingPeriod.quarter(2024, 1)),
                // https://www.shouxian.gov.cn/public/118322644/1259257664.html
                Arguments.of("关于印发2022年《政府工作报告》主要任务上半年落实情况的通报", ReportingPeriod.half(2022, 1)),
                Arguments.of("2024年第二季度民生实事进展（截至6月20日）", ReportingPeriod.quarter(2024, 2)),
                // the whole year: http://www.pc28forum.com/xjqrmzf/msss/202412/80436a1e5df84a3ea912087b118f9118.shtml
                Arguments.of("2024年度区政府民生实事人大票决项目进度表", ReportingPeriod.year(2024)),
                Arguments.of("2022年全年重点工作完成情况", ReportingPeriod.year(2022)),
                // a date of publication after the title is not the period when another is named
                Arguments.of("2024年第二季度拱墅区《政府工作报告》主要任务完成情况（2024年7月23日）", ReportingPeriod.quarter(2024, 2)),
                Arguments.of("2023年度民生实事项目完成情况（2024年1月15日）", ReportingPeriod.year(2023)),
                Arguments.of("2023年第四季度重点工作完成情况 2024-01-10", ReportingPeriod.quarter(2023, 4)),
                Arguments.of("2024年4月民生实事项目进展情况（2024年5月8日）", ReportingPeriod.months(2024, 4)),
                Arguments.of("民生实事项目进展情况（2024年6月20日）", ReportingPeriod.months(2024, 6)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void findsThePeriodInATitle(String title, ReportingPeriod expected) {
        assertThat(ReportingPeriod.parse(title)).contains(expected);
    }

    @Test
    void aTitleWithoutYearNeedsADefaultYear() {
        assertThat(ReportingPeriod.parse("1-9月")).isEmpty();
        assertThat(ReportingPeriod.parse("1-9月", 2024)).contains(ReportingPeriod.months(2024, 9));
        assertThat(ReportingPeriod.parse("主要任务完成情况", 2024)).isEmpty();
    }

    @Test
    void aTitleWithoutYearTakesTheDefaultYearForEveryForm() {
        // http://ht.luaninfo.com/laxw/gggs/content_130406
        assertThat(ReportingPeriod.parse("六安市1至9月份民生工程实施进度通报", 2021)).contains(ReportingPeriod.months(2021, 9));
        assertThat(ReportingPeriod.parse("截至9月底民生实事进展", 2024)).contains(ReportingPeriod.months(2024, 9));
        assertThat(ReportingPeriod.parse("一季度重点工作进展", 2024)).contains(ReportingPeriod.quarter(2024, 1));
        assertThat(ReportingPeriod.parse("截至9月底民生实事进展")).isEmpty();
    }

    static Stream<Arguments> userWords() {
        return Stream.of(
                Arguments.of("2024-Q2", ReportingPeriod.quarter(2024, 2)),
                Arguments.of("2024Q2", ReportingPeriod.quarter(2024, 2)),
                Arguments.of("2024q4", ReportingPeriod.quarter(2024, 4)),
                Arguments.of(" 2024-Q2 ", ReportingPeriod.quarter(2024, 2)),
                Arguments.of("2024-H1", ReportingPeriod.half(2024, 1)),
                Arguments.of("2024H2", ReportingPeriod.half(2024, 2)),
                Arguments.of("2024-M10", ReportingPeriod.months(2024, 10)),
                Arguments.of("2024-M09", ReportingPeriod.months(2024, 9)),
                Arguments.of("2024-10", ReportingPeriod.months(2024, 10)),
                Arguments.of("2024-1", ReportingPeriod.months(2024, 1)),
                Arguments.of("2024", ReportingPeriod.year(2024)),
                Arguments.of("２０２４－Ｑ２", ReportingPeriod.quarter(2024, 2)),
                Arguments.of("2024年第二季度", ReportingPeriod.quarter(2024, 2)),
                Arguments.of("2024年1-10月", ReportingPeriod.months(2024, 10)),
                Arguments.of("截至2024年9月底", ReportingPeriod.months(2024, 9)),
                Arguments.of("2024年度", ReportingPeriod.year(2024)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("userWords")
    void readsAUsersWords(String words, ReportingPeriod expected) {
        assertThat(ReportingPeriod.of(words)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "Q2", "1-9月", "下季度", "2024-X1", "24-Q2", "20245", "last quarter"})
    void refusesWordsWithoutAPeriodNamingTheAcceptedForms(String words) {
        assertThatThrownBy(() -> ReportingPeriod.of(words))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("2024-Q2")
                .hasMessageContaining("2024-H1")
                .hasMessageContaining("2024-M10");
    }

    @Test
    void refusesACodeOutOfRange() {
        assertThatThrownBy(() -> ReportingPeriod.of("2024-Q5")).isInstanceOf(ValidationException.class).hasMessageContaining("index");
        assertThatThrownBy(() -> ReportingPeriod.of("2024-13")).isInstanceOf(ValidationException.class).hasMessageContaining("index");
    }

    @Test
    void codesAreShort() {
        assertThat(ReportingPeriod.quarter(2024, 2).code()).isEqualTo("2024-Q2");
        assertThat(ReportingPeriod.half(2024, 1).code()).isEqualTo("2024-H1");
        assertThat(ReportingPeriod.months(2024, 10).code()).isEqualTo("2024-M10");
        assertThat(ReportingPeriod.months(2024, 9).code()).isEqualTo("2024-M09");
        assertThat(ReportingPeriod.year(2024).code()).isEqualTo("2024");
    }

    @Property(tries = 500)
    void codesAndLabelsReadBack(@ForAll("periods") ReportingPeriod period) {
        assertThat(ReportingPeriod.of(period.code())).isEqualTo(period);
        assertThat(ReportingPeriod.of(period.label())).isEqualTo(period);
    }

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1900, 2999);
        return Arbitraries.oneOf(
                Combinators.combine(years, Arbitraries.integers().between(1, 4)).as(ReportingPeriod::quarter),
                Combinators.combine(years, Arbitraries.integers().between(1, 2)).as(ReportingPeriod::half),
                Combinators.combine(years, Arbitraries.integers().between(1, 12)).as(ReportingPeriod::months),
                years.map(ReportingPeriod::year));
    }

    @Test
    void theExpectedShareIsTheShareOfTheYearGone() {
        assertThat(ReportingPeriod.quarter(2024, 1).expectedPercent()).isEqualByComparingTo("25");
        assertThat(ReportingPeriod.quarter(2024, 2).expectedPercent()).isEqualTo(new BigDecimal("50"));
        assertThat(ReportingPeriod.quarter(2024, 3).expectedPercent()).isEqualTo(new BigDecimal("75"));
        assertThat(ReportingPeriod.quarter(2024, 4).expectedPercent()).isEqualTo(new BigDecimal("100"));
        assertThat(ReportingPeriod.half(2024, 1).expectedPercent()).isEqualTo(new BigDecimal("50"));
        assertThat(ReportingPeriod.year(2024).expectedPercent()).isEqualTo(new BigDecimal("100"));
        assertThat(ReportingPeriod.months(2024, 11).expectedPercent()).isEqualTo(new BigDecimal("91.67"));
        assertThat(ReportingPeriod.months(2024, 1).expectedPercent()).isEqualTo(new BigDecimal("8.33"));
        assertThat(ReportingPeriod.months(2024, 9).expectedPercent()).isEqualTo(new BigDecimal("75"));
    }

    @Test
    void labelsReadBack() {
        for (ReportingPeriod p : new ReportingPeriod[] {
            ReportingPeriod.quarter(2024, 2), ReportingPeriod.half(2025, 1), ReportingPeriod.half(2025, 2),
            ReportingPeriod.months(2024, 9), ReportingPeriod.months(2024, 1), ReportingPeriod.year(2024)}) {
            assertThat(ReportingPeriod.parse(p.label())).as(p.label()).contains(p);
        }
        assertThat(ReportingPeriod.quarter(2024, 2).label()).isEqualTo("2024年第二季度");
    }

    @Test
    void periodsAreOrderedInTime() {
        assertThat(ReportingPeriod.quarter(2024, 1)).isLessThan(ReportingPeriod.half(2024, 1));
        assertThat(ReportingPeriod.half(2024, 1)).isLessThan(ReportingPeriod.months(2024, 9));
        assertThat(ReportingPeriod.year(2023)).isLessThan(ReportingPeriod.quarter(2024, 1));
    }

    @Test
    void outOfRangeListsEveryProblem() {
        assertThatThrownBy(() -> ReportingPeriod.builder().year(1800).span(ReportingPeriod.Span.QUARTER).index(5).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path().orElseThrow())
                        .containsExactly("year", "index"));
    }
}
