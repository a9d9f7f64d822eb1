package io.workplan.excel.internal;

import io.workplan.core.Progress;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * Whether a progress is written as a number with a percent format, and which.
 *
 * <p>Only when nothing is lost: the text is a percentage exactly as the format shows it ({@code 52%},
 * {@code 53.6%}, {@code 145.25%}: the digits of {@link BigDecimal#toPlainString()} and {@code %}),
 * the fraction ({@code percent / 100}, exact) is held exactly by the cell's {@code double} in its
 * shortest decimal form, it has at most 15 significant digits (what Excel shows), and the format
 * shows the text again. {@code ５２％}, {@code 53.6 %}, {@code 053%} and every other progress are
 * written as their text.
 */
public final class WriteProgress {
    /** The most significant digits a spreadsheet shows of a number. */
    private static final int SHOWN_DIGITS = 15;

    /** The most progress values whose cells are kept: a table has a few hundred distinct values at most. */
    private static final int KEPT = 4096;

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    /** The cells of the progress values seen, so that each value is parsed and formatted once. */
    private final Map<Progress, Optional<PercentCell>> cells = new HashMap<>();

    /** A number cell with its format. */
    public static final class PercentCell {
        private final double value;
        private final String format;

        PercentCell(double value, String format) {
            this.value = value;
            this.format = format;
        }

        /**
         * The cell's value, the percentage divided by 100.
         *
         * @return the value
         */
        public double value() {
            return value;
        }

        /**
         * The cell's format: {@code 0%}, {@code 0.0%}, {@code 0.00%}, …
         *
         * @return the format
         */
        public String format() {
            return format;
        }
    }

    /**
     * The number cell that shows a progress exactly, when there is one.
     *
     * @param progress the progress
     * @return the cell, or empty when the progress is written as text
     */
    public Optional<PercentCell> percentCell(Progress progress) {
        if (progress.kind() != Progress.Kind.PERCENT || progress.percent().isEmpty()) {
            return Optional.empty();
        }
        Optional<PercentCell> cell = cells.get(progress);
        if (cell == null) {
            if (cells.size() >= KEPT) {
                cells.clear();
            }
            cell = cellOf(progress);
            cells.put(progress, cell);
        }
        return cell;
    }

    private Optional<PercentCell> cellOf(Progress progress) {
        BigDecimal percent = progress.percent().get();
        int scale = percent.scale();
        if (scale < 0 || scale > SHOWN_DIGITS || percent.precision() > SHOWN_DIGITS
                || !progress.text().equals(percent.toPlainString() + "%")
                || !Progress.parse(progress.text()).equals(progress)) {
            return Optional.empty();
        }
        BigDecimal fraction = percent.movePointLeft(2);
        double value = fraction.doubleValue();
        if (new BigDecimal(Double.toString(value)).compareTo(fraction) != 0) {
            return Optional.empty();
        }
        String format = scale == 0 ? "0%" : "0." + "0".repeat(scale) + "%";
        if (!formatter.formatRawCellContents(value, -1, format).equals(progress.text())) {
            return Optional.empty();
        }
        return Optional.of(new PercentCell(value, format));
    }
}
