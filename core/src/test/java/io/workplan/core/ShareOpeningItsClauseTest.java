package io.workplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A narrative whose share of the work stands alone in its clause ({@code 已进场施工,完成60%。}, corpus {@code
 * jiangsu-chongchuan-2023-m11}) has that share, and so has a text opening with it ({@code 完成53.6%}, what a
 * cell's format {@code "完成"0.0%} shows, read as its text); the share of one part of the work ({@code
 * 主体工程完成80%}) or of two parts does not make the task's progress.
 */
class ShareOpeningItsClauseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        已进场施工,完成60%。| 60
        验收前,完成45.5%,正在整改。| 45.5
        项目已开工;已完成30%| 30
        正在施工,累计完成75%| 75
        已完成招标:完成20%。| 20
        完成53.6%| 53.6
        """)
    void theShareOpeningAClauseIsTheProgress(String text, String percent) {
        Progress p = Progress.parse(text);
        assertThat(p.kind()).isEqualTo(Progress.Kind.NARRATIVE);
        assertThat(p.percent()).contains(new BigDecimal(percent));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        主体工程完成80%,场外工程完成70%。
        已经完成主体工程建设,室内装修已完成60%。
        已进场施工,完成30%,二期完成50%。
        同比增长8%,完成产值12亿元。
        """)
    void theShareOfAPartOfTheWorkIsNot(String text) {
        assertThat(Progress.parse(text).percent()).isEmpty();
    }
}
