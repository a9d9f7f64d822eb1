package io.workplan.core;

import io.workplan.core.internal.Checks;
import io.workplan.core.internal.Text;
import java.util.HashSet;
import java.util.List;
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
public abstract class ReportHead implements HeadAttributes {

    ReportHead() {}

    /**
     * A new builder.
     *
     * @return a builder of heads
     */
    public static Builder builder() {
        return new Builder();
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

    /**
     * Builds a {@link ReportHead}; the title is required. One setter per attribute, named as its accessor (which
     * documents it); {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()}
     * checks the value and reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableReportHead.Builder implements HeadAttributes.Builder<Builder> {
        Builder() {}
    }
}
