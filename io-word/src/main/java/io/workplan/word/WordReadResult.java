package io.workplan.word;

import io.workplan.core.ReadResult;
import org.immutables.value.Value;

/**
 * A Word document's table read into a report.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class WordReadResult implements ReadResult {

    WordReadResult() {}

    /**
     * A new builder; the report and the table are required.
     *
     * @return a builder of results
     * @since 0.3.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the name of the table read ({@code 表2} for the document's second table) */
    public abstract String table();

    /**
     * Builds a {@link WordReadResult}. One setter per attribute, named as its accessor (which documents it);
     * {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value
     * and reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableWordReadResult.Builder {
        Builder() {}
    }
}
