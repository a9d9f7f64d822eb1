package io.workplan.csv;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import java.nio.charset.Charset;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link CsvReader} read: the report, the warnings a person should look at, and how the file
 * was read: its charset (found or given), whether it began with a byte-order mark, its delimiter.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CsvReadResult {

    CsvReadResult() {}

    /**
     * A new builder; the report, the charset and the delimiter are required.
     *
     * @return a builder of results
     * @since 0.3.0
     */
    public static Builder builder() {
        return ImmutableCsvReadResult.builder();
    }

    /** @return the report */
    public abstract ProgressReport report();

    /** @return the warnings, in the order of the file (in lenient reading, the problems of rows) */
    public abstract List<Problem> warnings();

    /**
     * The charset the file was read in: UTF-8, UTF-16LE, UTF-16BE, GB18030 (which reads GBK, what
     * Excel writes on Chinese Windows) or the one given.
     *
     * @return the charset
     */
    public abstract Charset charset();

    /** @return whether the file began with a byte-order mark */
    public abstract boolean byteOrderMark();

    /** @return the delimiter of its cells */
    public abstract char delimiter();

    /** Builds a {@link CsvReadResult}. */
    public interface Builder {
        /**
         * @param report see {@link CsvReadResult#report()}
         * @return this builder
         */
        Builder report(ProgressReport report);

        /**
         * @param warnings see {@link CsvReadResult#warnings()}
         * @return this builder
         */
        Builder warnings(Iterable<? extends Problem> warnings);

        /**
         * @param charset see {@link CsvReadResult#charset()}
         * @return this builder
         */
        Builder charset(Charset charset);

        /**
         * @param byteOrderMark see {@link CsvReadResult#byteOrderMark()}
         * @return this builder
         */
        Builder byteOrderMark(boolean byteOrderMark);

        /**
         * @param delimiter see {@link CsvReadResult#delimiter()}
         * @return this builder
         */
        Builder delimiter(char delimiter);

        /**
         * Builds the result.
         *
         * @return the result
         * @throws io.workplan.core.ValidationException when an attribute is missing
         */
        CsvReadResult build();
    }
}
