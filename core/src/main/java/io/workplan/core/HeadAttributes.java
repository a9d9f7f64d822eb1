package io.workplan.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The attributes of a report's head, the one declaration of them: a {@link ReportHead} has these
 * alone, a {@link ProgressReport} these and its tasks and entries.
 *
 * @since 0.2.0
 */
public interface HeadAttributes {

    /**
     * The title as published, on one line: {@code 2024年第二季度拱墅区《政府工作报告》主要任务完成情况}.
     *
     * @return the title, never blank
     */
    String title();

    /**
     * The region or issuer: {@code 杭州市拱墅区}.
     *
     * @return the region, when known
     */
    Optional<String> region();

    /**
     * The period the report covers.
     *
     * @return the period, absent when the table names none
     */
    Optional<ReportingPeriod> period();

    /**
     * The day the report was published.
     *
     * @return the publication date, when known
     */
    Optional<LocalDate> publishedOn();

    /**
     * Where the report comes from: a web address or a file's name.
     *
     * @return the source, when known
     */
    Optional<String> source();

    /**
     * The categories in the report's order.
     *
     * @return the categories
     */
    List<Category> categories();

    /**
     * The headers of the columns no attribute of a task reads ({@link Task#extras()}), as published,
     * in the table's order of columns.
     *
     * @return the extra columns, possibly none
     */
    List<String> extraColumns();

    /**
     * The setters of the head's attributes, shared by {@link ReportHead.Builder} and {@link
     * ProgressReport.Builder}.
     *
     * @param <B> the builder's own type
     * @since 0.2.0
     */
    interface Builder<B extends Builder<B>> {
        /**
         * @param title see {@link HeadAttributes#title()}
         * @return this builder
         */
        B title(String title);

        /**
         * @param region see {@link HeadAttributes#region()}
         * @return this builder
         */
        B region(String region);

        /**
         * @param region see {@link HeadAttributes#region()}
         * @return this builder
         */
        B region(Optional<String> region);

        /**
         * @param period see {@link HeadAttributes#period()}
         * @return this builder
         */
        B period(ReportingPeriod period);

        /**
         * @param period see {@link HeadAttributes#period()}
         * @return this builder
         */
        B period(Optional<? extends ReportingPeriod> period);

        /**
         * @param publishedOn see {@link HeadAttributes#publishedOn()}
         * @return this builder
         */
        B publishedOn(LocalDate publishedOn);

        /**
         * @param publishedOn see {@link HeadAttributes#publishedOn()}
         * @return this builder
         */
        B publishedOn(Optional<? extends LocalDate> publishedOn);

        /**
         * @param source see {@link HeadAttributes#source()}
         * @return this builder
         */
        B source(String source);

        /**
         * @param source see {@link HeadAttributes#source()}
         * @return this builder
         */
        B source(Optional<String> source);

        /**
         * Adds a category.
         *
         * @param category a category
         * @return this builder
         */
        B addCategories(Category category);

        /**
         * Replaces the categories.
         *
         * @param categories see {@link HeadAttributes#categories()}
         * @return this builder
         */
        B categories(Iterable<? extends Category> categories);

        /**
         * Adds an extra column's header.
         *
         * @param header a header, as published
         * @return this builder
         */
        B addExtraColumns(String header);

        /**
         * Replaces the extra columns.
         *
         * @param headers see {@link HeadAttributes#extraColumns()}
         * @return this builder
         */
        B extraColumns(Iterable<String> headers);

        /**
         * Sets every attribute of a head: title, region, period, day of publication, source,
         * categories and extra columns.
         *
         * @param head the attributes to copy
         * @return this builder
         */
        default B head(HeadAttributes head) {
            return title(head.title()).region(head.region()).period(head.period()).publishedOn(head.publishedOn())
                    .source(head.source()).categories(head.categories()).extraColumns(head.extraColumns());
        }
    }
}
