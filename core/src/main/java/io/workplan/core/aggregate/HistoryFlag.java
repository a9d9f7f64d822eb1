package io.workplan.core.aggregate;

/**
 * What a plan's history points out about a task in a period, for a person to look at; see {@link
 * HistoryStep#flags()} for when each is raised. The constants are in the order they are listed,
 * the most pressing first.
 *
 * @since 0.2.0
 */
public enum HistoryFlag {
    /** The progress went down from the period before: cumulative progress should not (下降). */
    WENT_DOWN("下降", "went down"),
    /** Behind schedule in the latest period of the history (欠进度). */
    BEHIND("欠进度", "behind"),
    /** The same percentage, below completion, in three periods in a row: no change over two periods (停滞). */
    STALLED("停滞", "stalled"),
    /** Completed in this period, not in the one before (新完成). */
    NEWLY_COMPLETED("新完成", "newly completed"),
    /** Listed in this period, not in the one before (新增). */
    ADDED("新增", "added"),
    /** Listed in the period before, not in this one (未列). */
    DROPPED("未列", "dropped");

    private final String label;
    private final String words;

    HistoryFlag(String label, String words) {
        this.label = label;
        this.words = words;
    }

    /**
     * The flag as a Chinese table heads it: {@code 下降}, {@code 欠进度}, {@code 停滞}, {@code 新完成},
     * {@code 新增}, {@code 未列} (the history workbook's words).
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The flag in English words, lower case: {@code went down}, {@code behind}, {@code stalled},
     * {@code newly completed}, {@code added}, {@code dropped} (the command line's words).
     *
     * @return the words
     */
    public String words() {
        return words;
    }
}
