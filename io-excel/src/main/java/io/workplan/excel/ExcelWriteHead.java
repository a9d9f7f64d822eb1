package io.workplan.excel;

import io.workplan.core.ProgressReport;
import io.workplan.core.ReportHead;
import io.workplan.core.Task;
import io.workplan.core.internal.Checks;
import io.workplan.sheet.ColumnRole;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What {@link ExcelWriter#write(ExcelWriteHead, java.util.Iterator, java.nio.file.Path)} must know
 * before the first task: the report's {@linkplain ReportHead head} (everything of a {@link
 * ProgressReport} but its tasks and entries), whether the sheet has a category column, and which of
 * the optional columns it has, since the header row is written before any task. An immutable value.
 *
 * <pre>{@code
 * ReportHead report = ReportHead.builder().title("2024年第二季度拱墅区主要任务完成情况")
 *     .period(ReportingPeriod.quarter(2024, 2))
 *     .extraColumns(List.of("责任人", "时间节点"))          // columns no role reads, before 备注
 *     .build();
 * ExcelWriteHead head = ExcelWriteHead.builder(report)
 *     .columns(ColumnRole.NUMBER, ColumnRole.REMARK)   // 序号 and 备注 besides the columns always written
 *     .build();
 * // from what the entry-by-entry reader returned:
 * ExcelWriteHead copy = ExcelWriteHead.builder(readSummary.head()).columns(ColumnRole.NUMBER).build();
 * }</pre>
 *
 * <p>The columns 项目名称, 主要工作内容, 牵头单位 and 完成进度 are always written; {@link
 * ColumnRole#NUMBER}, {@link ColumnRole#LEADER}, {@link ColumnRole#RESPONSIBLE_UNITS} and {@link
 * ColumnRole#REMARK} only when named in {@link #columns()}. A task with a value for a column the head
 * does not name is a problem of the write (the value would be lost); a column named but empty for
 * every task is written with empty cells ({@code /} for units and leaders). The head's {@linkplain
 * ReportHead#extraColumns() extra columns} (责任人, 时间节点, …) follow the known columns, before 备注,
 * each headed as published; a task's cell there is blank when it has no such {@linkplain Task#extras()
 * extra}, and a task with an extra of a header the head does not list is a problem of the write. The
 * head's region, day of publication and source are kept as the document properties {@code
 * workplan.region}, {@code workplan.publishedOn} and {@code workplan.source}; its categories are
 * listed first in the summary by category, in their order, even those without a task.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ExcelWriteHead {
    private static final Set<ColumnRole> OPTIONAL = EnumSet.of(ColumnRole.NUMBER, ColumnRole.LEADER,
            ColumnRole.RESPONSIBLE_UNITS, ColumnRole.REMARK);

    ExcelWriteHead() {}

    /**
     * The head of a report: its {@linkplain ProgressReport#head() head}, a category column unless no
     * task has a category, and the optional columns some task of it has a value for ({@link
     * #columnsOf(Task)}). {@link ExcelWriter#write(ProgressReport, java.nio.file.Path)} writes with
     * this head.
     *
     * @param report the report
     * @return its head
     * @throws NullPointerException if {@code report} is null
     */
    public static ExcelWriteHead of(ProgressReport report) {
        Objects.requireNonNull(report, "report");
        Builder head = builder(report.head())
                .categoryColumn(report.tasks().stream().anyMatch(t -> t.category().isPresent()));
        for (Task task : report.tasks()) {
            head.addAllColumns(columnsOf(task));
        }
        return head.build();
    }

    /**
     * A builder with a report's head. The optional columns are still to be named; {@link
     * #columnsOf(Task)} says which a task needs, as {@link #of(ProgressReport)} decides them.
     *
     * @param head the report's head
     * @return a builder
     * @throws NullPointerException if {@code head} is null
     * @since 0.2.0
     */
    public static Builder builder(ReportHead head) {
        return new Builder().head(Objects.requireNonNull(head, "head"));
    }

    /**
     * A builder with the head of a sheet read entry by entry, as {@code builder(read.head())}.
     *
     * @param read what {@link ExcelReader#read(java.nio.file.Path, java.util.function.Consumer)} returned
     * @return a builder; the optional columns are still to be named
     * @throws NullPointerException if {@code read} is null
     */
    public static Builder builder(ExcelReadSummary read) {
        return builder(Objects.requireNonNull(read, "read").head());
    }

    /**
     * The optional columns a task has a value for: {@link ColumnRole#NUMBER} for a number, {@link
     * ColumnRole#LEADER} for a leader, {@link ColumnRole#RESPONSIBLE_UNITS} for responsible units,
     * {@link ColumnRole#REMARK} for a remark. {@link #of(ProgressReport)} names those of every task;
     * a writer fed entry by entry can gather them in a first pass.
     *
     * @param task a task
     * @return the optional columns it needs, possibly none
     * @since 0.2.0
     */
    public static Set<ColumnRole> columnsOf(Task task) {
        Set<ColumnRole> columns = EnumSet.noneOf(ColumnRole.class);
        if (task.number().isPresent()) {
            columns.add(ColumnRole.NUMBER);
        }
        if (task.leader().isPresent()) {
            columns.add(ColumnRole.LEADER);
        }
        if (!task.responsibleUnits().isEmpty()) {
            columns.add(ColumnRole.RESPONSIBLE_UNITS);
        }
        if (task.remark().isPresent()) {
            columns.add(ColumnRole.REMARK);
        }
        return columns;
    }

    /**
     * The report's head: title, period, region, day of publication, source, categories and extra
     * columns.
     *
     * @return the head
     * @since 0.2.0
     */
    public abstract ReportHead head();

    /**
     * Whether the sheet has a category column (项目名称): it does unless set otherwise, which {@link
     * #of(ProgressReport)} does for a report whose tasks have no category. A task with a category is
     * then a problem of the write.
     *
     * @return whether 项目名称 is written; {@code true} by default
     * @since 0.2.0
     */
    @Value.Default
    public boolean categoryColumn() {
        return true;
    }

    /**
     * The optional columns the sheet has: some of {@link ColumnRole#NUMBER}, {@link
     * ColumnRole#LEADER}, {@link ColumnRole#RESPONSIBLE_UNITS} and {@link ColumnRole#REMARK}.
     *
     * @return the columns
     */
    public abstract Set<ColumnRole> columns();

    /**
     * Whether the sheet has a column.
     *
     * @param column a column
     * @return {@code true} for a column always written, or an optional one named in {@link #columns()}
     */
    public boolean has(ColumnRole column) {
        if (column == ColumnRole.CATEGORY) {
            return categoryColumn();
        }
        return !OPTIONAL.contains(column) || columns().contains(column);
    }

    @Value.Check
    void check() {
        Checks checks = new Checks();
        for (ColumnRole column : columns()) {
            checks.require(OPTIONAL.contains(column), "columns",
                    () -> column + " is always written; the optional columns are " + OPTIONAL);
        }
        checks.throwIfAny("ExcelWriteHead");
    }

    @Override
    public String toString() {
        return "ExcelWriteHead[title=" + head().title() + ", period=" + head().period() + ", columns=" + columns()
                + (head().extraColumns().isEmpty() ? "" : ", extraColumns=" + head().extraColumns()) + "]";
    }

    /**
     * Builds an {@link ExcelWriteHead}; the head is required. One setter per attribute, named as its accessor
     * (which documents it); {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code
     * build()} checks the value and reports every problem at once in a {@link
     * io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableExcelWriteHead.Builder {
        Builder() {}

        /**
         * Writes no category column (项目名称), as {@code categoryColumn(false)}: for a report whose
         * tasks have no category.
         *
         * @return this builder
         */
        public Builder withoutCategoryColumn() {
            return categoryColumn(false);
        }

        /**
         * Adds optional columns, as {@link #addColumns(ColumnRole...)}.
         *
         * @param columns see {@link ExcelWriteHead#columns()}
         * @return this builder
         */
        public Builder columns(ColumnRole... columns) {
            return addColumns(columns);
        }
    }
}
