package io.workplan.excel;

/**
 * How {@link ExcelWriter} writes a report: whether runs of equal cells are merged and whether the
 * summary sheets are added. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * ExcelWriterOptions options = ExcelWriterOptions.builder()
 *     .mergeRuns(false)      // write the category and lead units again on every row
 *     .summarySheets(false)  // the official sheet only
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ExcelWriterOptions {
    private static final ExcelWriterOptions DEFAULTS = builder().build();

    private final boolean mergeRuns;
    private final boolean summarySheets;
    private final int rowWindow;

    private ExcelWriterOptions(Builder builder) {
        this.mergeRuns = builder.mergeRuns;
        this.summarySheets = builder.summarySheets;
        this.rowWindow = builder.rowWindow;
    }

    /**
     * The defaults: runs merged, summary sheets added, a window of 200 rows.
     *
     * @return the default options
     */
    public static ExcelWriterOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A new builder, starting from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether the cells of the category (项目名称) and of the lead units (牵头单位) are merged over
     * runs of consecutive tasks with equal values, as official sheets are; otherwise every row holds
     * its own values. Default {@code true}.
     *
     * @return whether runs are merged
     */
    public boolean mergeRuns() {
        return mergeRuns;
    }

    /**
     * Whether the summary sheets (by category, with a bar chart in .xlsx, and by lead unit) follow
     * the official sheet. Default {@code true}.
     *
     * @return whether summary sheets are written
     */
    public boolean summarySheets() {
        return summarySheets;
    }

    /**
     * How many rows of a .xlsx sheet are kept in memory while writing; older rows are flushed to a
     * temporary file. Default 200.
     *
     * @return the number of rows
     */
    public int rowWindow() {
        return rowWindow;
    }

    /** Builds {@link ExcelWriterOptions}. */
    public static final class Builder {
        private boolean mergeRuns = true;
        private boolean summarySheets = true;
        private int rowWindow = 200;

        private Builder() {}

        /**
         * @param mergeRuns see {@link ExcelWriterOptions#mergeRuns()}
         * @return this builder
         */
        public Builder mergeRuns(boolean mergeRuns) {
            this.mergeRuns = mergeRuns;
            return this;
        }

        /**
         * @param summarySheets see {@link ExcelWriterOptions#summarySheets()}
         * @return this builder
         */
        public Builder summarySheets(boolean summarySheets) {
            this.summarySheets = summarySheets;
            return this;
        }

        /**
         * @param rowWindow see {@link ExcelWriterOptions#rowWindow()}
         * @return this builder
         * @throws IllegalArgumentException when the window is less than 1
         */
        public Builder rowWindow(int rowWindow) {
            if (rowWindow < 1) {
                throw new IllegalArgumentException("the row window must be 1 or more, was " + rowWindow);
            }
            this.rowWindow = rowWindow;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public ExcelWriterOptions build() {
            return new ExcelWriterOptions(this);
        }
    }
}
