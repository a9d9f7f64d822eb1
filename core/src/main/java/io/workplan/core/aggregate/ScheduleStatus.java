package io.workplan.core.aggregate;

/**
 * Where a task stands against the share of the year expected by the end of the period (序时进度),
 * as published roll-ups class tasks: 欠进度 / 达进度 / 超进度 / 已完成 / 其它. {@link ScheduleRule#assess}
 * decides it; the constants are in the order roll-ups list them, worst first.
 *
 * <table>
 *   <caption>How a task's progress is classed (expected share {@code e}, tolerance {@code t})</caption>
 *   <tr><th>progress</th><th>status</th></tr>
 *   <tr><td>a completed word ({@code 已完成}), or a percentage of 100 or more</td><td>{@link #COMPLETED}</td></tr>
 *   <tr><td>a percentage {@code p < e − t}</td><td>{@link #BEHIND}</td></tr>
 *   <tr><td>a percentage {@code e − t ≤ p ≤ e + t}</td><td>{@link #ON_SCHEDULE}</td></tr>
 *   <tr><td>a percentage {@code p > e + t}</td><td>{@link #AHEAD}</td></tr>
 *   <tr><td>an on-schedule word ({@code 正常进行中}, {@code 序时推进}): no figure, but the unit says it is on track</td><td>{@link #ON_SCHEDULE}</td></tr>
 *   <tr><td>not applicable, data pending, a narrative without a percentage, no entry</td><td>{@link #NOT_ASSESSABLE}, with its {@link Reason}</td></tr>
 *   <tr><td>a percentage below 100 when there is no expected share (no period, no override)</td><td>{@link #NOT_ASSESSABLE}, {@link Reason#NO_EXPECTED_SHARE}</td></tr>
 * </table>
 *
 * <p>A narrative naming a share of the target ({@code 完成全年任务的78%}) is assessed by that share.
 *
 * @since 0.1.0
 */
public enum ScheduleStatus {
    /** Below the expected share by more than the tolerance (欠进度). */
    BEHIND("欠进度", "behind"),
    /** At the expected share, within the tolerance, or said to be on schedule (达进度). */
    ON_SCHEDULE("达进度", "on schedule"),
    /** Above the expected share by more than the tolerance, not yet completed (超进度). */
    AHEAD("超进度", "ahead"),
    /** Done (已完成, 提前完成). */
    COMPLETED("已完成", "completed"),
    /** No figure to judge by (其它); see {@link Reason}. */
    NOT_ASSESSABLE("其它", "not assessable");

    private final String label;
    private final String words;

    ScheduleStatus(String label, String words) {
        this.label = label;
        this.words = words;
    }

    /**
     * The status as published roll-ups head it: {@code 欠进度}, {@code 达进度}, {@code 超进度}, {@code
     * 已完成}, {@code 其它} (the summary sheets' column headers).
     *
     * @return the label
     * @since 0.1.0
     */
    public String label() {
        return label;
    }

    /**
     * The status in English words, lower case: {@code behind}, {@code on schedule}, {@code ahead},
     * {@code completed}, {@code not assessable} (the command line's column headers, capitalised).
     *
     * @return the words
     * @since 0.1.0
     */
    public String words() {
        return words;
    }

    /** Why a task is {@link #NOT_ASSESSABLE}. */
    public enum Reason {
        /** The progress is {@code /}: no figure can be given this period. */
        NOT_APPLICABLE("not applicable"),
        /** The figure is not out yet ({@code 全年数据未出}). */
        DATA_PENDING("data pending"),
        /** A narrative that names no share of the target. */
        NO_FIGURE("no figure"),
        /** The report has no progress entry for the task. */
        NO_ENTRY("no progress entry"),
        /**
         * A percentage below 100 with nothing to judge it against: the report names no period and no
         * expected share was given ({@link ScheduleRule#withExpected(java.math.BigDecimal)}).
         *
         * @since 0.1.0
         */
        NO_EXPECTED_SHARE("no expected share");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        /**
         * The reason in words, as a {@link Share} lists it: {@code data pending}.
         *
         * @return the words
         */
        public String words() {
            return words;
        }
    }
}
