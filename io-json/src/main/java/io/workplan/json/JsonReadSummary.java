package io.workplan.json;

import io.workplan.core.ReadSummary;
import io.workplan.core.internal.Checks;
import org.immutables.value.Value;

/**
 * What {@link JsonReader#read(java.nio.file.Path, java.util.function.Consumer)} read besides the
 * entries it handed over one by one: the report's head (title, period, region, publication date,
 * source, categories, extra columns) and how many tasks there were. Everything a {@link
 * io.workplan.core.ProgressReport} of the same document would hold except its tasks and entries.
 *
 * <pre>{@code
 * JsonReadSummary read = JsonReader.create().read(Path.of("report.json"), entry -> summary.add(entry));
 * read.head().title();   // 2024年第二季度…主要任务完成情况
 * read.tasks();          // 1000000
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class JsonReadSummary implements ReadSummary {

    JsonReadSummary() {}

    /**
     * A new builder.
     *
     * @return a builder of summaries
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * How many of the tasks were handed over as entries, with their progress; the others (when a
     * consumer of tasks without progress was given) as tasks.
     *
     * @return the count of entries, at most {@link #tasks()}
     */
    public abstract int entries();

    @Value.Check
    void check() {
        Checks checks = new Checks();
        checks.require(tasks() >= 0, "tasks", () -> "the count of tasks must not be negative, was " + tasks());
        checks.require(entries() >= 0 && entries() <= tasks(), "entries",
                () -> "the count of entries must be between 0 and the count of tasks, " + tasks() + ", was " + entries());
        checks.throwIfAny("JsonReadSummary");
    }

    /**
     * Builds a {@link JsonReadSummary}; every attribute is required. One setter per attribute, named as its
     * accessor (which documents it); {@code addX} and {@code addAllX} for a list; {@code from} copies a value;
     * {@code build()} checks the value and reports every problem at once in a {@link
     * io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableJsonReadSummary.Builder {
        Builder() {}
    }
}
