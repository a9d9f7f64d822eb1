package io.workplan.excel.internal.write;

import io.workplan.core.Progress;
import io.workplan.core.internal.Memo;
import io.workplan.excel.internal.read.CellDisplay;
import io.workplan.sheet.CellText;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a progress is written as a number with a percent format, and which; and whether what is
 * written reads back as the same progress.
 *
 * <p>A {@link Progress.Kind#PERCENT} whose text is a plain percentage ({@code 52%}, {@code 53.6%},
 * {@code 145.25%}: digits, an optional decimal part, {@code %}) is written as its fraction ({@code
 * percent / 100}) under the format showing the text's decimals ({@code 0.0%}) when the reader's own
 * cell function ({@link CellDisplay}) reads that cell back as the same progress: the same text and the
 * same figure to its scale, the figure having up to 15 significant digits (what a cell holds). So
 * the cell 0.5364 read under {@code 0.0%} as 53.64 % with the text {@code 53.6%} is written as that
 * very cell. Every other progress is written as its text ({@code ５２％}, {@code 53.6 %}, {@code
 * 80%(滞后)}), which must read back ({@link Progress#parse(String)}) as the same progress: a progress
 * whose text does not show its figure cannot be written without changing it ({@link #readsBack}).
 */
public final class PercentFormat {
    /** The most significant digits a spreadsheet holds of a number. */
    private static final int SHOWN_DIGITS = 15;

    /** The most progress values whose cells are kept: a table has a few hundred distinct values at most. */
    private static final int KEPT = 4096;

    /** A plain percentage: what a percent format shows. */
    private static final Pattern PLAIN = Pattern.compile("\\d{1,15}(?:\\.(\\d{1,30}))?%");

    private final CellDisplay reading = new CellDisplay();
    /** The cells of the progress values seen, so that each value is parsed and formatted once. */
    private final Memo<Progress, Optional<PercentCell>> cells = new Memo<>(KEPT);

    /**
     * A number cell with its format.
     *
     * @param value the cell's value, the percentage divided by 100
     * @param format the cell's format: {@code 0%}, {@code 0.0%}, {@code 0.00%}, …
     */
    public record PercentCell(double value, String format) {
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
        return cells.get(progress, this::cellOf);
    }

    /**
     * Whether a progress, written as {@link #percentCell} decides, reads back as itself.
     *
     * @param progress the progress
     * @return whether it does; when not, the write would change its figure or its kind
     */
    public boolean readsBack(Progress progress) {
        return percentCell(progress).isPresent() || Progress.parse(progress.text()).equals(progress);
    }

    private Optional<PercentCell> cellOf(Progress progress) {
        BigDecimal percent = progress.percent().get();
        Matcher plain = PLAIN.matcher(progress.text());
        BigDecimal fraction = percent.movePointLeft(2);
        if (!plain.matches() || fraction.precision() > SHOWN_DIGITS) {
            return Optional.empty();
        }
        int decimals = plain.group(1) == null ? 0 : plain.group(1).length();
        String format = decimals == 0 ? "0%" : "0." + "0".repeat(decimals) + "%";
        double value = fraction.doubleValue();
        CellText read = reading.number(value, -1, format);
        if (read.percent() == null || !Progress.ofPercent(read.percent(), read.text()).equals(progress)) {
            return Optional.empty();
        }
        return Optional.of(new PercentCell(value, format));
    }
}
