package io.workplan.core;

import io.workplan.core.internal.Checks;
import io.workplan.core.internal.Text;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything of a {@link ProgressReport} but its tasks and entries: the title, region, period, day
 * of publication, source, categories and extra columns. What a reader or writer that goes entry by
 * entry knows of a report before (or after) its tasks, and the one value every format copies a
 * report's head through.
 *
 * <pre>{@code
 * ReportHead head = report.head();
 * ProgressReport copy = ProgressReport.builder().head(head).entries(report.entries()).build();
 * }</pre>
 *
 * <p>Checked as a report's head is: the title is not blank (it is kept on one line, as {@link
 * ProgressReport#title()}), no category is listed twice, and no extra column is blank or listed
 * twice; every problem at once in a {@link ValidationException}.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class ReportHead {

    ReportHead() {}

    /**
     * A new builder.
     *
     * @return a builder of heads
     */
    public static Builder builder() {
        return ImmutableReportHead.builder();
    }

    /**
     * A head of a title alone.
     *
     * @param title the title, not blank
     * @return the head
     * @throws ValidationException when the title is blank
     */
    public static ReportHead of(String title) {
        return builder().title(title).build();
    }

    /**
     * The title as published, on one line.
     *
     * @return the title, never blank
     * @see ProgressReport#title()
     */
    public abstract String title();

    /**
     * @return the region or issuer, when known
     * @see ProgressReport#region()
     */
    public abstract Optional<String> region();

    /**
     * @return the period, absent when the table names none
     * @see ProgressReport#period()
     */
    public abstract Optional<ReportingPeriod> period();

    /**
     * @return the day of publication, when known
     * @see ProgressReport#publishedOn()
     */
    public abstract Optional<LocalDate> publishedOn();

    /**
     * @return where the report comes from, when known
     * @see ProgressReport#source()
     */
    public abstract Optional<String> source();

    /**
     * @return the categories in the report's order
     * @see ProgressReport#categories()
     */
    public abstract List<Category> categories();

    /**
     * @return the headers of the extra columns, in the table's order
     * @see ProgressReport#extraColumns()
     */
    public abstract List<String> extraColumns();

    @Value.Check
    ReportHead normalize() {
        Checks checks = new Checks();
        check(checks, title(), categories(), extraColumns());
        checks.throwIfAny("ReportHead");
        String title = Text.unwrap(title());
        return title.equals(title()) ? this : builder().from(this).title(title).build();
    }

    /**
     * The checks of a head, the one home for them: {@link ProgressReport}'s check runs them too.
     *
     * @return the categories, as a set, for the report's check of its tasks
     */
    static Set<Category> check(Checks checks, String title, List<Category> categoryList, List<String> extraList) {
        checks.require(!Text.isBlank(title), "title", "a report's title must not be blank");
        Set<Category> categories = new HashSet<>(capacity(categoryList.size()));
        for (int i = 0; i < categoryList.size(); i++) {
            int index = i;
            checks.require(categories.add(categoryList.get(i)), () -> "categories[" + index + "]",
                    () -> "the category '" + categoryList.get(index) + "' is listed twice");
        }
        Set<String> extras = new HashSet<>(capacity(extraList.size()));
        for (int i = 0; i < extraList.size(); i++) {
            int index = i;
            checks.require(!Text.isBlank(extraList.get(i)), () -> "extraColumns[" + index + "]",
                    () -> "an extra column's header must not be blank");
            checks.require(extras.add(extraList.get(i)), () -> "extraColumns[" + index + "]",
                    () -> "the extra column '" + extraList.get(index) + "' is listed twice");
        }
        return categories;
    }

    /** The capacity of a hash map or set that holds {@code size} keys without growing. */
    static int capacity(int size) {
        return (int) Math.min(Integer.MAX_VALUE, size * 4L / 3 + 1);
    }

    /** Builds a {@link ReportHead}; the title is required. */
    public interface Builder {
        /**
         * Copies every attribute of a head.
         *
         * @param head the head to copy
         * @return this builder
         */
        Builder from(ReportHead head);

        /**
         * @param title see {@link ReportHead#title()}
         * @return this builder
         */
        Builder title(String title);

        /**
         * @param region see {@link ReportHead#region()}
         * @return this builder
         */
        Builder region(String region);

        /**
         * @param region see {@link ReportHead#region()}
         * @return this builder
         */
        Builder region(Optional<String> region);

        /**
         * @param period see {@link ReportHead#period()}
         * @return this builder
         */
        Builder period(ReportingPeriod period);

        /**
         * @param period see {@link ReportHead#period()}
         * @return this builder
         */
        Builder period(Optional<? extends ReportingPeriod> period);

        /**
         * @param publishedOn see {@link ReportHead#publishedOn()}
         * @return this builder
         */
        Builder publishedOn(LocalDate publishedOn);

        /**
         * @param publishedOn see {@link ReportHead#publishedOn()}
         * @return this builder
         */
        Builder publishedOn(Optional<? extends LocalDate> publishedOn);

        /**
         * @param source see {@link ReportHead#source()}
         * @return this builder
         */
        Builder source(String source);

        /**
         * @param source see {@link ReportHead#source()}
         * @return this builder
         */
        Builder source(Optional<String> source);

        /**
         * Adds a category.
         *
         * @param category a category
         * @return this builder
         */
        Builder addCategories(Category category);

        /**
         * Replaces the categories.
         *
         * @param categories see {@link ReportHead#categories()}
         * @return this builder
         */
        Builder categories(Iterable<? extends Category> categories);

        /**
         * Adds an extra column's header.
         *
         * @param header a header, as published
         * @return this builder
         */
        Builder addExtraColumns(String header);

        /**
         * Replaces the extra columns.
         *
         * @param headers see {@link ReportHead#extraColumns()}
         * @return this builder
         */
        Builder extraColumns(Iterable<String> headers);

        /**
         * Builds the head.
         *
         * @return the head
         * @throws ValidationException listing every problem of the head
         */
        ReportHead build();
    }
}
