package io.workplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
                Arguments.of("2024年度政府工作报告第三季度完成情况", ReportingPeriod.quarter(2024, 3)));
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
