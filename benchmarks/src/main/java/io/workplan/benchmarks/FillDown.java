package io.workplan.benchmarks;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a hand-written reader of the official layout does with a row's cells, whatever library gave
 * them: a blank category or lead-unit cell (a merged range's, or "same as above") takes the value
 * above; texts are turned into values with core's parsers ({@link Category#parse}, {@link
 * LeadUnit#parseList}, {@link Progress#parse}); a number under a percent format is the exact
 * percentage at the format's decimals.
 */
final class FillDown {
    private final Consumer<? super TaskRow> rows;
    private String categoryText;
    private Category category;
    private String unitsText;
    private List<LeadUnit> units = List.of();

    FillDown(Consumer<? super TaskRow> rows) {
        this.rows = rows;
    }

    /**
     * A task row's cells; blank or null for an empty cell.
     *
     * @param number the 序号 cell's number
     * @param categoryCell the 项目名称 cell's text
     * @param content the 主要工作内容 cell's text
     * @param unitsCell the 牵头单位 cell's text
     * @param progress the progress, from {@link #text} or {@link #percent}
     */
    void row(int number, String categoryCell, String content, String unitsCell, Progress progress) {
        if (content == null || content.isBlank()) {
            return;
        }
        if (categoryCell != null && !categoryCell.isBlank() && !categoryCell.equals(categoryText)) {
            categoryText = categoryCell;
            category = Category.parse(categoryCell);
        }
        if (unitsCell != null && !unitsCell.isBlank() && !unitsCell.equals(unitsText)) {
            unitsText = unitsCell;
            units = LeadUnit.parseList(unitsCell);
        }
        rows.accept(new TaskRow(number, category, content, units, progress));
    }

    /**
     * A number cell under a percent format: its exact percentage at the format's decimals.
     *
     * @param fraction the cell's value, exact (the shortest decimal of its double, or the XML's digits)
     * @param format the format, such as {@code 0.0%}
     * @return the progress, as a person reads the cell
     */
    static Progress percent(BigDecimal fraction, String format) {
        int point = format.indexOf('.');
        int decimals = point < 0 ? 0 : format.indexOf('%') - point - 1;
        BigDecimal percent = fraction.movePointRight(2).setScale(decimals, RoundingMode.HALF_UP);
        return Progress.ofPercent(percent, percent.toPlainString() + "%");
    }

    /**
     * A number cell under a percent format, its value a double.
     *
     * @param value the cell's value
     * @param format the format
     * @return the progress
     */
    static Progress percent(double value, String format) {
        return percent(new BigDecimal(Double.toString(value)), format);
    }

    /**
     * A text cell's progress.
     *
     * @param text the text
     * @return the progress
     */
    static Progress text(String text) {
        return Progress.parse(text == null ? "" : text);
    }
}
