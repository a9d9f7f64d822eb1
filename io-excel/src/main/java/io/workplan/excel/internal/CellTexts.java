package io.workplan.excel.internal;

import io.workplan.sheet.CellText;
import org.apache.poi.ss.util.CellRangeAddress;
import io.workplan.sheet.MergedRange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The one cell-text function of both reading modes: a number cell's value as a person sees it.
 *
 * <h2>Exact numbers</h2>
 *
 * A number cell holds a binary double. Its exact value here is the shortest decimal that reads back
 * as that double ({@link Double#toString(double)}): {@code 0.536}, whether the file stores {@code
 * 0.536} or Excel's {@code 0.53600000000000003}. Both reading modes take that same double, so they
 * agree to the digit.
 *
 * <h2>Percentages</h2>
 *
 * Under a percent format ({@code 0%}, {@code 0.0%}, {@code #,##0.00%}, …) the percentage is the
 * exact value moved two places ({@code 0.536} is {@code 53.6}), and the text is that percentage with
 * the format's decimals: {@code 53.6%}. When the format shows fewer decimals than the value has
 * ({@code 0.5364} under {@code 0.0%} shows {@code 53.6%}), the percentage keeps every digit ({@code
 * 53.64}) and the text is what is shown; otherwise the percentage has the scale shown ({@code 0.5}
 * under {@code 0.0%} is {@code 50.0}), as the text {@code 50.0%} parses.
 *
 * <p>Not thread-safe: one instance per reading.
 */
public final class CellTexts {
    /** A percent format's first section that this class shows itself: digits, grouping, decimals, %. */
    private static final Pattern SIMPLE_PERCENT = Pattern.compile("[#0,]*0?(?:\\.([0#]+))?%");

    /** The most formats analysed and kept: a workbook has a handful, a hostile one could have thousands. */
    private static final int MAX_FORMATS = 256;

    private final DataFormatter formatter = new DataFormatter(Locale.US);
    private final Map<String, Format> formats = new HashMap<>();

    /** A new function, with its own formatter. */
    public CellTexts() {}

    /**
     * A number cell as a person sees it.
     *
     * @param value the cell's value (a formula's cached value)
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
        if (f.percentDecimals >= 0 && exact.signum() >= 0) {
            BigDecimal percent = exact.movePointRight(2);
            BigDecimal shown = percent.setScale(f.percentDecimals, RoundingMode.HALF_UP);
            String text = f.simplePercent ? shown.toPlainString() + "%" : formatter.formatRawCellContents(value, formatIndex, f.format);
            return new CellText(CellText.Type.NUMBER, text, exact, shown.compareTo(percent) == 0 ? shown : percent.stripTrailingZeros());
        }
        String text = f.general ? general(exact) : formatter.formatRawCellContents(value, formatIndex, f.format);
        return new CellText(CellText.Type.NUMBER, text, exact, null);
    }

    /** What a number format is, found once per format of the workbook (a sheet has a handful). */
    private Format format(int formatIndex, String formatString) {
        String format = formatString == null ? "General" : formatString;
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

    /** A number format's analysis: a date, a percentage (and its decimals), General, or another. */
    private static final class Format {
        final int index;
        final String format;
        final boolean date;
        final int percentDecimals;
        final boolean simplePercent;
        final boolean general;

        Format(int index, String format) {
            this.index = index;
            this.format = format;
            this.date = DateUtil.isADateFormat(index, format);
            String firstSection = firstSection(format);
            Matcher simple = SIMPLE_PERCENT.matcher(firstSection);
            this.simplePercent = simple.matches();
            this.percentDecimals = !isPercent(firstSection) ? -1
                    : simplePercent ? (simple.group(1) == null ? 0 : simple.group(1).length()) : decimals(firstSection);
            this.general = isGeneral(format);
        }
    }

    /**
     * The exact decimal of a double, as {@link Double#toString(double)} gives it.
     *
     * @param value a cell's value
     * @return the decimal
     */
    public static BigDecimal exact(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(Double.toString(value));
    }

    private static boolean isGeneral(String format) {
        return format.equalsIgnoreCase("General") || format.equals("@");
    }

    /** General shows a whole number without decimals and others without trailing zeros. */
    private static String general(BigDecimal exact) {
        BigDecimal stripped = exact.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String firstSection(String format) {
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                break;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Whether a format section has a percent sign outside quotes and brackets. */
    private static boolean isPercent(String section) {
        boolean quoted = false;
        int brackets = 0;
        for (int i = 0; i < section.length(); i++) {
            char c = section.charAt(i);
            if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                brackets++;
            } else if (!quoted && c == ']' && brackets > 0) {
                brackets--;
            } else if (!quoted && brackets == 0 && c == '%') {
                return true;
            }
        }
        return false;
    }

    private static int decimals(String section) {
        int dot = section.indexOf('.');
        if (dot < 0) {
            return 0;
        }
        int n = 0;
        for (int i = dot + 1; i < section.length() && (section.charAt(i) == '0' || section.charAt(i) == '#'); i++) {
            n++;
        }
        return n;
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
