package io.workplan.excel;

import io.workplan.sheet.ColumnRole;

import io.workplan.core.Category;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportHead;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link ExcelWriter#write(ExcelWriteHead, java.util.Iterator, java.nio.file.Path)} must know
 * before the first task: everything of a {@link ProgressReport} but its tasks and entries, and which
 * of the optional columns the sheet has, since the header row is written before any task.
 *
 * <pre>{@code
 * ExcelWriteHead head = ExcelWriteHead.builder("2024年第二季度拱墅区主要任务完成情况", ReportingPeriod.quarter(2024, 2))
 *     .columns(ColumnRole.NUMBER, ColumnRole.REMARK)   // 序号 and 备注 besides the columns always written
 *     .extraColumns("责任人", "时间节点")                // columns no role reads, before 备注
 *     .build();
 * // from what the entry-by-entry reader returned:
 * ExcelWriteHead copy = ExcelWriteHead.builder(readSummary).columns(ColumnRole.NUMBER).build();
 * }</pre>
 *
 * <p>The columns 项目名称, 主要工作内容, 牵头单位 and 完成进度 are always written; {@link
 * ColumnRole#NUMBER}, {@link ColumnRole#LEADER}, {@link ColumnRole#RESPONSIBLE_UNITS} and {@link
 * ColumnRole#REMARK} only when named in {@link #columns()}. A task with a value for a column the head
 * does not name is a problem of the write (the value would be lost); a column named but empty for
 * every task is written with empty cells ({@code /} for units and leaders). The {@linkplain
 * #extraColumns() extra columns} (责任人, 时间节点, …) follow the known columns, before 备注, each headed
 * as published; a task's cell there is blank when it has no such {@linkplain Task#extras() extra}, and
 * a task with an extra of a header the head does not list is a problem of the write.
 *
 * @since 0.1.0
 */
public final class ExcelWriteHead {
    private static final Set<ColumnRole> OPTIONAL = EnumSet.of(ColumnRole.NUMBER, ColumnRole.LEADER,
            ColumnRole.RESPONSIBLE_UNITS, ColumnRole.REMARK);

    private final String title;
    private final Optional<ReportingPeriod> period;
    private final boolean categoryColumn;
    private final Optional<String> region;
    private final Optional<LocalDate> publishedOn;
    private final Optional<String> source;
    private final List<Category> categories;
    private final Set<ColumnRole> columns;
    private final List<String> extraColumns;

    private ExcelWriteHead(Builder builder) {
        this.title = builder.title;
        this.period = builder.period;
        this.categoryColumn = builder.categoryColumn;
        this.region = builder.region;
        this.publishedOn = builder.publishedOn;
        this.source = builder.source;
        this.categories = List.copyOf(new LinkedHashSet<>(builder.categories));
        this.columns = builder.columns.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(builder.columns));
        this.extraColumns = List.copyOf(builder.extraColumns);
    }

    /**
     * The head of a report: its title, period, region, day of publication, source, categories and
     * extra columns, and the optional columns some task of it has a value for. {@link ExcelWriter#write(ProgressReport,
     * java.nio.file.Path)} writes with this head.
     *
     * @param report the report
     * @return its head
     * @throws NullPointerException if {@code report} is null
     */
    public static ExcelWriteHead of(ProgressReport report) {
        Objects.requireNonNull(report, "report");
        Builder head = builder(report.head());
        if (report.tasks().stream().noneMatch(t -> t.category().isPresent())) {
            head.withoutCategoryColumn();
        }
        for (Task task : report.tasks()) {
            head.columns(columnsOf(task).toArray(ColumnRole[]::new));
        }
        return head.build();
    }

    /**
     * A builder with everything of a report's head: title, period, region, day of publication,
     * source, categories and extra columns. The optional columns are still to be named; {@link
     * #columnsOf(Task)} says which a task needs, as {@link #of(ProgressReport)} decides them.
     *
     * @param head the report's head
     * @return a builder
     * @since 0.2.0
     */
    public static Builder builder(ReportHead head) {
        Builder builder = builder(head.title(), head.period()).categories(head.categories())
                .extraColumns(head.extraColumns().toArray(String[]::new));
        head.region().ifPresent(builder::region);
        head.publishedOn().ifPresent(builder::publishedOn);
        head.source().ifPresent(builder::source);
        return builder;
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
     * A builder with a title and a period.
     *
     * @param title the title, written in row 1; it should name the period, as the period has no cell
     *     of its own and a reader finds it there
     * @param period the period of every entry
     * @return a builder
     */
    public static Builder builder(String title, ReportingPeriod period) {
        return new Builder(title, Optional.of(Objects.requireNonNull(period, "period")));
    }

    /**
     * A builder with a title and a period, or none: a report whose table names no period is written
     * with its own title, no period invented.
     *
     * @param title the title, written in row 1
     * @param period the period of every entry, or none
     * @return a builder
     * @since 0.1.0
     */
    public static Builder builder(String title, Optional<ReportingPeriod> period) {
        return new Builder(title, Objects.requireNonNull(period, "period"));
    }

    /**
     * A builder with the title, period, source and categories of a sheet read entry by entry.
     *
     * @param read what {@link ExcelReader#read(java.nio.file.Path, java.util.function.Consumer)} returned
     * @return a builder; the optional columns are still to be named
     * @throws NullPointerException if {@code read} is null
     */
    public static Builder builder(ExcelReadSummary read) {
        Objects.requireNonNull(read, "read");
        Builder head = builder(read.title(), read.period()).source(read.source()).categories(read.categories());
        read.region().ifPresent(head::region);
        read.publishedOn().ifPresent(head::publishedOn);
        return head;
    }

    /**
     * The title, written in row 1 across the table.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * The period of every entry written.
     *
     * @return the period, absent for a report that names none
     */
    public Optional<ReportingPeriod> period() {
        return period;
    }

    /**
     * Whether the sheet has a category column (项目名称): it does unless {@link
     * Builder#withoutCategoryColumn()}, which {@link #of(ProgressReport)} does for a report whose
     * tasks have no category.
     *
     * @return whether 项目名称 is written
     * @since 0.1.0
     */
    public boolean hasCategoryColumn() {
        return categoryColumn;
    }

    /**
     * The region, kept as the document property {@code workplan.region}.
     *
     * @return the region, when known
     */
    public Optional<String> region() {
        return region;
    }

    /**
     * The day of publication, kept as the document property {@code workplan.publishedOn}.
     *
     * @return the day, when known
     */
    public Optional<LocalDate> publishedOn() {
        return publishedOn;
    }

    /**
     * Where the report comes from, kept as the document property {@code workplan.source}.
     *
     * @return the source, when known
     */
    public Optional<String> source() {
        return source;
    }

    /**
     * The categories listed first in the summary by category, in this order, even those without a
     * task; a task's category not listed here follows them in order of first appearance.
     *
     * @return the categories, possibly none
     */
    public List<Category> categories() {
        return categories;
    }

    /**
     * The optional columns the sheet has: some of {@link ColumnRole#NUMBER}, {@link
     * ColumnRole#LEADER}, {@link ColumnRole#RESPONSIBLE_UNITS} and {@link ColumnRole#REMARK}.
     *
     * @return the columns
     */
    public Set<ColumnRole> columns() {
        return columns;
    }

    /**
     * The headers of the extra columns, as published, in the sheet's order: written after the known
     * columns and before 备注.
     *
     * @return the extra columns, possibly none
     * @since 0.1.0
     */
    public List<String> extraColumns() {
        return extraColumns;
    }

    /**
     * Whether the sheet has a column.
     *
     * @param column a column
     * @return {@code true} for a column always written, or an optional one named in {@link #columns()}
     */
    public boolean has(ColumnRole column) {
        if (column == ColumnRole.CATEGORY) {
            return categoryColumn;
        }
        return !OPTIONAL.contains(column) || columns.contains(column);
    }

    @Override
    public String toString() {
        return "ExcelWriteHead[title=" + title + ", period=" + period + ", columns=" + columns
                + (extraColumns.isEmpty() ? "" : ", extraColumns=" + extraColumns) + "]";
    }

    /** Builds an {@link ExcelWriteHead}. */
    public static final class Builder {
        private final String title;
        private final Optional<ReportingPeriod> period;
        private boolean categoryColumn = true;
        private Optional<String> region = Optional.empty();
        private Optional<LocalDate> publishedOn = Optional.empty();
        private Optional<String> source = Optional.empty();
        private final List<Category> categories = new ArrayList<>();
        private final Set<ColumnRole> columns = EnumSet.noneOf(ColumnRole.class);
        private final Set<String> extraColumns = new LinkedHashSet<>();

        private Builder(String title, Optional<ReportingPeriod> period) {
            this.title = Objects.requireNonNull(title, "title");
            this.period = period;
        }

        /**
         * Writes no category column (项目名称): for a report whose tasks have no category. A task
         * with a category is then a problem of the write.
         *
         * @return this builder
         * @since 0.1.0
         */
        public Builder withoutCategoryColumn() {
            this.categoryColumn = false;
            return this;
        }

        /**
         * @param region see {@link ExcelWriteHead#region()}
         * @return this builder
         */
        public Builder region(String region) {
            this.region = Optional.of(region);
            return this;
        }

        /**
         * @param publishedOn see {@link ExcelWriteHead#publishedOn()}
         * @return this builder
         */
        public Builder publishedOn(LocalDate publishedOn) {
            this.publishedOn = Optional.of(publishedOn);
            return this;
        }

        /**
         * @param source see {@link ExcelWriteHead#source()}
         * @return this builder
         */
        public Builder source(String source) {
            this.source = Optional.of(source);
            return this;
        }

        /**
         * Adds categories.
         *
         * @param categories see {@link ExcelWriteHead#categories()}
         * @return this builder
         */
        public Builder categories(List<Category> categories) {
            categories.forEach(c -> this.categories.add(Objects.requireNonNull(c, "category")));
            return this;
        }

        /**
         * Adds optional columns.
         *
         * @param columns see {@link ExcelWriteHead#columns()}
         * @return this builder
         * @throws IllegalArgumentException for a column that is always written
         */
        public Builder columns(ColumnRole... columns) {
            for (ColumnRole column : columns) {
                if (!OPTIONAL.contains(column)) {
                    throw new IllegalArgumentException(column + " is always written; the optional columns are " + OPTIONAL);
                }
                this.columns.add(column);
            }
            return this;
        }

        /**
         * Adds extra columns, in the sheet's order: columns no role reads, each written under its
         * header as published ({@code 责任人}, {@code 时间节点}, …), after the known columns and before
         * 备注.
         *
         * @param headers see {@link ExcelWriteHead#extraColumns()}
         * @return this builder
         * @throws IllegalArgumentException for a blank header, or a header listed already
         * @since 0.1.0
         */
        public Builder extraColumns(String... headers) {
            for (String header : headers) {
                if (Objects.requireNonNull(header, "header").isBlank()) {
                    throw new IllegalArgumentException("an extra column's header must not be blank");
                }
                if (!extraColumns.add(header)) {
                    throw new IllegalArgumentException("the extra column '" + header + "' is listed already");
                }
            }
            return this;
        }

        /**
         * Builds the head.
         *
         * @return the head
         */
        public ExcelWriteHead build() {
            return new ExcelWriteHead(this);
        }
    }
}
