package io.workplan.excel.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workplan.sheet.CellText;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a number cell shows under its format, and its percentage, as Excel shows it: the figure is
 * the value the text shows, never the value moved two places under a percent sign that is text.
 */
class CellDisplayTest {
    private final CellDisplay texts = new CellDisplay();

    @ParameterizedTest(name = "{0} under {1} shows {2}, percentage {3}")
    @CsvSource(delimiter = '|', nullValues = "none", quoteCharacter = '`', value = {
        // percent formats: the value moved two places
        "0.536               | 0.0%                  | 53.6%       | 53.6",
        "0.5364              | 0.0%                  | 53.6%       | 53.64",
        "0.5                 | 0.0%                  | 50.0%       | 50.0",
        "0.5                 | 0%                    | 50%         | 50",
        "0.5365              | 0.0%                  | 53.7%       | 53.65",
        "0.30000000000000004 | 0.00%                 | 30.00%      | 30.00",
        "0.0000001           | 0.00%                 | 0.00%       | 0.00001",
        "1.4525              | #,##0.00%             | 145.25%     | 145.25",
        // a percent sign that is text: the value is already in percent
        "53.6                | 0.0\"%\"              | 53.6%       | 53.6",
        "53.6                | 0\"%\"                | 54%         | 53.6",
        "53.6                | #,##0.00\"%\"         | 53.60%      | 53.60",
        "53.6                | General\"%\"          | 53.6%       | 53.6",
        "53.6                | 0.0\\%                | 53.6%       | 53.6",
        "53.6                | 0.0\"%(滞后)\"        | 53.6%(滞后) | 53.6",
        // optional digits
        "0.5364              | 0.0#%                 | 53.64%      | 53.64",
        "0.5                 | 0.0#%                 | 50.0%       | 50.0",
        "0.53641             | 0.0#%                 | 53.64%      | 53.641",
        // sections and conditions
        "0                   | 0%;;\"零\"            | 零          | none",
        "0.001               | 0%;;\"零\"            | 0%          | 0.1",
        "0.5                 | [<1]0%;0.0            | 50%         | 50",
        "5                   | [<1]0%;0.0            | 5.0         | none",
        "1.2                 | [>=1]\"已完成\";0%    | 已完成      | none",
        "0.25                | [>=1]\"已完成\";0%    | 25%         | 25",
        "0.5                 | 0%;[Red]-0%;\"-\"     | 50%         | 50",
        // colours, locale tags, padding and fills show no text
        "0.536               | [Red]0.0%             | 53.6%       | 53.6",
        "0.536               | [$-804]0.0%           | 53.6%       | 53.6",
        "0.536               | [Color10]0.0%_)       | 53.6%       | 53.6",
        "0.536               | `_ * 0.0%_ ;_ * -0.0%_ ` | 53.6%       | 53.6",
        // numbers that are no percentage
        "1536                | #,##0                 | 1,536       | none",
        "1536000             | #,##0.0,              | 1,536.0     | none",
        "1500000             | 0.0,,\"百万\"         | 1.5百万     | none",
        "0                   | `_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * \"-\"??_ ;_ @_ ` | -  | none",
        "1234.5              | `_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * \"-\"??_ ;_ @_ ` | 1,234.50 | none",
        "-1234.5             | `_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * \"-\"??_ ;_ @_ ` | -1,234.50 | none",
        "-5.3                | 0.0                  | -5.3        | none",
        "-0.001              | 0                    | -0          | none",
        "5                   | 0.#                   | 5.          | none",
        "0.5                 | #.0                   | .5          | none",
        "42                  | @                     | 42          | none",
        "0.30000000000000004 | General               | 0.3         | none",
        "53.6                | G/通用格式            | 53.6        | none",
        "53.6                | G/通用格式\"%\"     | 53.6%       | 53.6",
        "1234                | G/標準                | 1234        | none",
        "53.6                | `0.00_ `              | 53.60       | none",
        "12                  | [$¥-804]#,##0.00      | ¥12.00      | none",
        "3                   | \"第\"0\"项\"         | 第3项       | none",
    })
    void aNumberShowsWhatExcelShows(double value, String format, String text, BigDecimal percent) {
        CellText cell = shows(value, format, text);
        assertThat(cell.type()).isEqualTo(CellText.Type.NUMBER);
        assertThat(cell.percent()).isEqualTo(percent);
        assertThat(cell.warning()).isNull();
    }

    @ParameterizedTest(name = "{0} under {1} shows {2}, with a warning")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // a percent sign shown that is no percentage of the value
        "0.536   | \"完成\"0.0%       | 完成53.6%  | does not read as a percentage",
        "0.5     | #.##%              | 50.%       | does not read as a percentage",
        "12.345  | #,##0.0%           | 1,234.5%   | does not read as a percentage",
        "-0.05   | 0%                 | -5%        | (a negative number)",
        "-0.05   | 0%;(0%)            | (5%)       | (a negative number)",
        // a format the reader cannot show: the value, never a guess
        "0.536   | 0.00E+00           | 0.536      | (the code E (scientific notation))",
        "0.536   | [DBNum1]0%         | 0.536      | (the tag [DBNum1])",
        "0.5     | # ?/?              | 0.5        | (digits in two places of a section)",
        "0.5     | 0%*-               | 0.5        | (a fill of the character -",
        "0.5     | 0/0                | 0.5        | (the code / (a fraction))",
        "-0.5    | [<1]0%;0.0         | -0.5       | (a negative number under a format with conditions)",
        "0.5     | 0\" \"0%           | 0.5        | (digits in two places of a section)",
    })
    void whatTheReaderCannotShowIsAWarningNamingTheFormat(double value, String format, String text, String why) {
        CellText cell = shows(value, format, text);
        assertThat(cell.percent()).isNull();
        assertThat(cell.warning()).contains("the number format " + format).contains(why);
    }

    /** The cell of a value under a format, which shows the text. */
    private CellText shows(double value, String format, String text) {
        CellText cell = texts.number(value, 200, format);
        assertThat(cell.text()).isEqualTo(text);
        return cell;
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "INF", "1E+309", "-1e400", "1E-400", "4.9E-324", "0x1p-1",
        "0.5d", "0.5f", "1_0", "1,5", "0.5.1", "", "e5", "+", "１２", "0.5 1"})
    void aStoredTextThatIsNoNumberExcelHoldsIsDamageAtItsCell(String raw) {
        assertThatThrownBy(() -> CellDisplay.value(2, 4, raw)).isInstanceOfSatisfying(CellDamage.class,
                e -> assertThat(e.cell()).isEqualTo("E3"));
    }

    @ParameterizedTest
    @CsvSource(quoteCharacter = '`', value = {"0.536,0.536", "` 0.5 `,0.5", "+.5,0.5", "5.,5", "1e3,1000", "-0,0",
        "0.53600000000000003,0.536", "1.7976931348623157E308,1.7976931348623157E308", "2.2250738585072014E-308,2.2250738585072014E-308"})
    void aNumberAsTheFileWritesItIsItsValue(String raw, double value) {
        assertThat(CellDisplay.value(0, 0, raw)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -1e-310})
    void aDoubleNoSpreadsheetHoldsIsDamage(double value) {
        assertThatThrownBy(() -> CellDisplay.checked(0, 1, value)).isInstanceOf(CellDamage.class)
                .hasMessageContaining("no number a spreadsheet holds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "TRUE", "yes", ""})
    void aLogicalCellHoldsOneOrZero(String raw) {
        assertThatThrownBy(() -> CellDisplay.logical(0, 0, raw)).isInstanceOf(CellDamage.class)
                .hasMessageContaining("neither 1 (TRUE) nor 0 (FALSE)");
    }

    @org.junit.jupiter.api.Test
    void aDateIsShownAsADate() {
        CellText cell = texts.number(45496, 14, "m/d/yy");
        assertThat(cell.type()).isEqualTo(CellText.Type.DATE);
        assertThat(cell.text()).isEqualTo("7/23/24");
    }

    @org.junit.jupiter.api.Test
    void theExactValueHasExcelsFifteenDigits() {
        assertThat(CellDisplay.exact(0.1 + 0.2)).isEqualTo(new BigDecimal("0.3"));
        assertThat(CellDisplay.exact(7.0 / 9)).isEqualTo(new BigDecimal("0.777777777777778"));
        assertThat(CellDisplay.exact(1e20)).isEqualTo(new BigDecimal("100000000000000000000"));
        assertThat(CellDisplay.exact(2.0)).isEqualTo(new BigDecimal("2"));
    }
}
