package io.workplan.excel.internal.read;

import io.workplan.sheet.CellText;
import org.apache.poi.ss.util.CellRangeAddress;
import io.workplan.sheet.MergedRange;

import io.workplan.core.Progress;
import io.workplan.core.internal.Memo;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The one cell-text function of both reading modes: a number cell's value as a person sees it.
 *
 * <h2>Exact numbers</h2>
 *
 * A number cell holds a binary double. Its exact value here is that double's shortest decimal
 * ({@link Double#toString(double)}) rounded half up to 15 significant digits, Excel's precision,
 * without trailing zeros: {@code 0.536}, whether the file stores {@code 0.536} or Excel's {@code
 * 0.53600000000000003}; {@code 0.3} for the {@code 0.30000000000000004} of {@code =0.1+0.2}. Both
 * reading modes take that same double, so they agree to the digit. A value no spreadsheet holds
 * ({@code NaN}, {@code INF}, {@code 1E+309}, a number below Excel's smallest, {@code 1E-400}) or a
 * {@code <v>} text that is no number in the file format's grammar ({@code 0x1p-1}, {@code 0.5d},
 * {@code 1_0}, {@code 0,5}) is a {@link CellDamage} at its cell.
 *
 * <h2>The text shown and the percentage</h2>
 *
 * A number is shown by its format ({@link FormatCode}: sections, conditions, digits, text), as
 * Excel shows it. A percentage is the value shown with its percent sign: {@code 0.536} under {@code
 * 0.0%} shows {@code 53.6%} and is 53.6 %; {@code 53.6} under {@code 0.0"%"} (a percent sign that is
 * text: the value is already in percent) shows {@code 53.6%} and is 53.6 % too. The cell has a
 * percentage when its text, read as a progress text ({@link Progress#parse(String)}), is a
 * percentage equal to the figure its digits show; the percentage is then the value as the digits
 * show it, exact: when the format shows fewer decimals than the value has ({@code 0.5364} under
 * {@code 0.0%} shows {@code 53.6%}), the percentage keeps every digit ({@code 53.64}: the text
 * shows it rounded to its decimals); otherwise it has the scale shown ({@code 0.5} under {@code
 * 0.0%} is {@code 50.0}, as the text {@code 50.0%} parses). A negative number has no percentage.
 * A percent sign shown that is no such percentage ({@code 完成53.6%}, {@code 1,234.5%}) gives no
 * percentage, with a {@linkplain CellText#warning() warning}.
 *
 * <p>A format that {@link FormatCode} cannot show (a fraction, scientific notation, {@code
 * [DBNum1]}, …) shows no guess: the cell is its value as General shows it ({@code 0.536}), without
 * a percentage, with a warning naming the format. Dates are shown by POI's {@link DataFormatter}.
 *
 * <p>Not thread-safe: one instance per reading.
 */
public final class CellDisplay {
    /** Excel's precision: it keeps, shows and computes 15 significant digits. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

    /** A number as the file format writes it ({@code xsd:double} without INF and NaN), blanks around it. */
    private static final Pattern NUMBER = Pattern.compile("[ \\t\\r\\n]*[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?[ \\t\\r\\n]*");

    /** A number whose digits before the exponent are not all zeros. */
    private static final Pattern MANTISSA_NOT_ZERO = Pattern.compile("[^eE]*[1-9]");

    /** The most formats analysed and kept: a workbook has a handful, a hostile one could have thousands. */
    private static final int MAX_FORMATS = 256;

    /** The most texts whose reading as a progress is kept. */
    private static final int MAX_TEXTS = 4096;

    private final DataFormatter formatter = new DataFormatter(Locale.US);
    private final Map<String, Format> formats = new HashMap<>();
    private final Memo<String, Progress> progress = new Memo<>(MAX_TEXTS);

    /** A new function, with its own formatter. */
    public CellDisplay() {}

    /**
     * A number cell as a person sees it.
     *
     * @param value the cell's value (a formula's cached value), {@linkplain #checked(int, int, double) checked}
     * @param formatIndex the index of the cell's number format
     * @param formatString the cell's number format, or {@code null} for General
     * @return the cell text
     */
    public CellText number(double value, int formatIndex, String formatString) {
        Format f = format(formatIndex, formatString);
        BigDecimal exact = exact(value);
        if (f.date && DateUtil.isValidExcelDate(value)) {
            return new CellText(CellText.Type.DATE, formatter.formatRawCellContents(value, formatIndex, f.format), exact, null);
        }
        FormatCode.Shown shown = f.code.show(exact);
        if (shown == null) {
            String why = f.code.unsupported() != null ? f.code.unsupported()
                    : "a negative number under a format with conditions";
            return new CellText(CellText.Type.NUMBER, plain(exact).toPlainString(), exact, null,
                    "the number format " + f.format + " cannot be shown by the reader (" + why
                            + "); the cell is read as its value " + plain(exact).toPlainString() + ", without a percentage");
        }
        if (!shown.showsDigits() || shown.text().indexOf('%') < 0) {
            return new CellText(CellText.Type.NUMBER, shown.text(), exact, null);
        }
        Progress read = progress(shown.text());
        if (exact.signum() >= 0 && read.kind() == Progress.Kind.PERCENT && read.percent().get().compareTo(shown.digits()) == 0) {
            BigDecimal percent = shown.digits().compareTo(shown.scaled()) == 0 ? read.percent().get() : shown.scaled().stripTrailingZeros();
            return new CellText(CellText.Type.NUMBER, shown.text(), exact, percent);
        }
        return new CellText(CellText.Type.NUMBER, shown.text(), exact, null, "the number format " + f.format + " shows "
                + shown.text() + ", which does not read as a percentage of the cell's value"
                + (exact.signum() < 0 ? " (a negative number)" : "") + "; the cell is read as that text");
    }

    private Progress progress(String text) {
        return progress.get(text, Progress::parse);
    }

    /** What a number format is, found once per format of the workbook (a sheet has a handful). */
    private Format format(int formatIndex, String formatString) {
        String format = formatString == null || formatString.isBlank() || formatString.equals("@") ? "General" : formatString;
        Format known = formats.get(format);
        if (known != null && known.index == formatIndex) {
            return known;
        }
        Format f = new Format(formatIndex, format);
        if (formats.size() < MAX_FORMATS) {
            formats.put(format, f);
        }
        return f;
    }

    /** A number format's analysis: a date, or a code to show numbers by. */
    private static final class Format {
        final int index;
        final String format;
        final boolean date;
        final FormatCode code;

        Format(int index, String format) {
            this.index = index;
            this.format = format;
            this.date = DateUtil.isADateFormat(index, format);
            this.code = FormatCode.of(format);
        }
    }

    /**
     * The value of a number cell's text as the file writes it ({@code <v>0.536</v>}), strictly:
     * digits, an optional sign, decimal point and exponent, nothing else.
     *
     * @param row the 0-based row
     * @param column the 0-based column
     * @param raw the text
     * @return the value, {@linkplain #checked(int, int, double) checked}
     * @throws CellDamage when the text is no number, or none a spreadsheet holds
     */
    public static double value(int row, int column, String raw) {
        if (!NUMBER.matcher(raw).matches()) {
            throw new CellDamage(row, column, "the number cell holds \"" + shortened(raw) + "\", which is no number"
                    + " (digits, a decimal point, an exponent): the file was not written by a spreadsheet program, or is damaged");
        }
        double value = Double.parseDouble(raw.strip());
        if (value == 0 && MANTISSA_NOT_ZERO.matcher(raw).lookingAt()) {
            throw outOfRange(row, column, raw);
        }
        return checked(row, column, value, raw);
    }

    /**
     * The value of a logical cell's text as the file writes it: {@code 1} or {@code 0} ({@code
     * true}, {@code false} as XML Schema allows), blanks around it.
     *
     * @param row the 0-based row
     * @param column the 0-based column
     * @param raw the text
     * @return the value
     * @throws CellDamage when the text is no logical value
     */
    public static boolean logical(int row, int column, String raw) {
        switch (raw.strip()) {
            case "1":
            case "true":
                return true;
            case "0":
            case "false":
                return false;
            default:
                throw new CellDamage(row, column, "the logical cell holds \"" + shortened(raw) + "\", which is neither 1"
                        + " (TRUE) nor 0 (FALSE): the file was not written by a spreadsheet program, or is damaged");
        }
    }

    /**
     * Checks a number cell's value: a number a spreadsheet holds, finite and, but for zero, not
     * smaller than Excel's smallest ({@link Double#MIN_NORMAL}, about 2.2251E-308).
     *
     * @param row the 0-based row
     * @param column the 0-based column
     * @param value the value
     * @return the value
     * @throws CellDamage when it is no such number
     */
    public static double checked(int row, int column, double value) {
        return checked(row, column, value, Double.toString(value));
    }

    private static double checked(int row, int column, double value, String raw) {
        if (Double.isNaN(value) || Double.isInfinite(value) || (value != 0 && Math.abs(value) < Double.MIN_NORMAL)) {
            throw outOfRange(row, column, raw);
        }
        return value;
    }

    private static CellDamage outOfRange(int row, int column, String raw) {
        return new CellDamage(row, column, "the number cell holds " + shortened(raw.strip()) + ", which is no number a"
                + " spreadsheet holds (from about 2.2251E-308 to 1.7977E+308, or 0): the file is damaged");
    }

    private static String shortened(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    }

    /**
     * The exact decimal of a double: its shortest decimal rounded to Excel's 15 significant digits.
     *
     * @param value a cell's value, finite
     * @return the decimal, without trailing zeros
     */
    public static BigDecimal exact(double value) {
        return plain(new BigDecimal(Double.toString(value)).round(EXCEL_DIGITS));
    }

    /** A decimal without trailing zeros and with no negative scale: as General shows it ({@code 2}, {@code 0.5}). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * A workbook's merged region as the table reader takes it.
     *
     * @param range the region
     * @return the range, or empty for a region of whole rows or columns, which merges no cells of a table
     */
    static java.util.Optional<MergedRange> merged(CellRangeAddress range) {
        if (range.getFirstRow() < 0 || range.getFirstColumn() < 0 || range.getLastRow() < range.getFirstRow()
                || range.getLastColumn() < range.getFirstColumn()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new MergedRange(range.getFirstRow(), range.getLastRow(),
                range.getFirstColumn(), range.getLastColumn()));
    }

    /**
     * A cell of type {@code d} (a date written as ISO 8601 text, {@code 2024-06-30T00:00:00}, as some
     * programs other than Excel write it): a date, with the text as written, in both reading modes.
     *
     * @param iso the cell's value
     * @return the cell text
     */
    static CellText isoDate(String iso) {
        return new CellText(CellText.Type.DATE, iso, null, null);
    }
}
