package io.workplan.word;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import java.util.List;
import org.immutables.value.Value;

/**
 * A Word document's table read into a report.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class WordReadResult {

    WordReadResult() {}

    /**
     * A new builder; the report and the table are required.
     *
     * @return a builder of results
     * @since 0.3.0
     */
    public static Builder builder() {
        return ImmutableWordReadResult.builder();
    }

    /** @return the report */
    public abstract ProgressReport report();

    /** @return the name of the table read ({@code 表2} for the document's second table) */
    public abstract String table();

    /** @return the warnings, in the table's order (in lenient reading, the problems of rows too) */
    public abstract List<Problem> warnings();

    /** Builds a {@link WordReadResult}. */
    public interface Builder {
        /**
         * @param report see {@link WordReadResult#report()}
         * @return this builder
         */
        Builder report(ProgressReport report);

        /**
         * @param table see {@link WordReadResult#table()}
         * @return this builder
         */
        Builder table(String table);

        /**
         * @param warnings see {@link WordReadResult#warnings()}
         * @return this builder
         */
        Builder warnings(Iterable<? extends Problem> warnings);

        /**
         * Builds the result.
         *
         * @return the result
         * @throws io.workplan.core.ValidationException when the report or the table is missing
         */
        WordReadResult build();
    }
}
