package io.workplan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Progress;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bare number in a column whose header gives its unit as percent ({@code 完成目标(%)}, corpus {@code
 * sichuan-meishan-2017-*}) is that percentage, its text the number with the header's sign: a text that
 * says its figure, so that the progress reads back as itself wherever it is written.
 */
class BareNumberInPercentTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        123.4    | 123.4  | 123.4%
        100      | 100    | 100%
        469      | 469    | 469%
        0        | 0      | 0%
        85.50    | 85.50  | 85.50%
        ' 74.8 ' | 74.8   | 74.8%
        １２３．４ | 123.4 | １２３．４%
        """)
    void aBareNumberIsThatPercentageItsTextTheNumberWithTheSign(String text, String percent, String shown) {
        Progress progress = ProgressParser.bareNumberInPercent(text, null).orElseThrow();
        assertThat(progress.kind()).isEqualTo(Progress.Kind.PERCENT);
        assertThat(progress.percent()).hasValue(new BigDecimal(percent));
        assertThat(progress.text()).isEqualTo(shown);
        // the text says the figure by itself: every writer writes it back as the same progress
        assertThat(Progress.parse(progress.text())).isEqualTo(progress);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"95%", "已完成", "-5", "1,234.5", "发放一次性创业补贴262万元", "50-60", "/", "12.5万", ""})
    void anyOtherTextIsNotOne(String text) {
        assertThat(ProgressParser.bareNumberInPercent(text, null)).isEmpty();
    }

    @ParameterizedTest(name = "{1} shown {0}")
    @CsvSource(delimiter = '|', textBlock = """
        123.4 | 123.44     | 123.44
        123.4 | 123.4      | 123.4
        100   | 100        | 100
        100.0 | 100        | 100.0
        54    | 53.6       | 53.6
        """)
    void aNumberCellShownRoundedKeepsEveryDigitAsUnderAPercentFormat(String shown, String value, String percent) {
        Progress progress = ProgressParser.bareNumberInPercent(shown, new BigDecimal(value)).orElseThrow();
        assertThat(progress.percent()).hasValue(new BigDecimal(percent));
        assertThat(progress.text()).isEqualTo(shown + "%");
    }

    @ParameterizedTest(name = "{1} shown {0}")
    @CsvSource(delimiter = '|', textBlock = """
        123.4 | 5
        12    | -12
        """)
    void aValueTheTextDoesNotShowIsNotTaken(String shown, String value) {
        // what a person sees is the figure: a value its text does not show (a format of its own) is not used
        assertThat(ProgressParser.bareNumberInPercent(shown, new BigDecimal(value)).orElseThrow().percent())
                .hasValue(new BigDecimal(shown));
    }
}
