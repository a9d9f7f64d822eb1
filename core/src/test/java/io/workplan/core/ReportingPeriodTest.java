package io.workplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {


    /**
     * The period of a case, built as the model builds it (never read from words).
     *
     * @param kind quarter, half, months or year
     * @param year the year
     * @param index the quarter, half or last month; none for a year
     */
    private static ReportingPeriod period(String kind, int year, Integer index) {
        return switch (kind) {
            case "quarter" -> ReportingPeriod.quarter(year, index);
            case "half" -> ReportingPeriod.half(year, index);
            case "months" -> ReportingPeriod.months(year, index);
            case "year" -> ReportingPeriod.year(year);
            default -> throw new IllegalArgumentException("no kind of period " + kind);
        };
    }

    /** Every case of {@code period-titles.tsv}. */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/io/workplan/core/period-titles.tsv", delimiter = '\t')
    void findsThePeriodInATitle(String title, String kind, int year, Integer index) {
        assertThat(ReportingPeriod.parse(title)).contains(period(kind, year, index));
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


    /** Every case of {@code period-words.tsv}. */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/io/workplan/core/period-words.tsv", delimiter = '\t')
    void readsAUsersWords(String words, String kind, int year, Integer index) {
        assertThat(ReportingPeriod.of(words)).isEqualTo(period(kind, year, index));
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
