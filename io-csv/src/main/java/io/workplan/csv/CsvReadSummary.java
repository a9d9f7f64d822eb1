package io.workplan.csv;

import io.workplan.sheet.TableReadSummary;
import java.nio.charset.Charset;
import org.immutables.value.Value;

/**
 * What {@link CsvReader#read(java.nio.file.Path, java.util.function.Consumer)} read besides the
 * entries it handed over: the report's head, categories, count of tasks and warnings, and how the
 * file was read.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CsvReadSummary {

    CsvReadSummary() {}

    /**
     * A new builder; every attribute is required.
     *
     * @return a builder of summaries
     * @since 0.3.0
     */
    public static Builder builder() {
        return ImmutableCsvReadSummary.builder();
    }

    /** @return the head, the categories, the count of tasks and the warnings */
    public abstract TableReadSummary table();

    /** @return the charset the file was read in (see {@link CsvReadResult#charset()}) */
    public abstract Charset charset();

    /** @return whether the file began with a byte-order mark */
    public abstract boolean byteOrderMark();

    /** @return the delimiter of its cells */
    public abstract char delimiter();

    /** Builds a {@link CsvReadSummary}. */
    public interface Builder {
        /**
         * @param table see {@link CsvReadSummary#table()}
         * @return this builder
         */
        Builder table(TableReadSummary table);

        /**
         * @param charset see {@link CsvReadSummary#charset()}
         * @return this builder
         */
        Builder charset(Charset charset);

        /**
         * @param byteOrderMark see {@link CsvReadSummary#byteOrderMark()}
         * @return this builder
         */
        Builder byteOrderMark(boolean byteOrderMark);

        /**
         * @param delimiter see {@link CsvReadSummary#delimiter()}
         * @return this builder
         */
        Builder delimiter(char delimiter);

        /**
         * Builds the summary.
         *
         * @return the summary
         * @throws io.workplan.core.ValidationException when an attribute is missing
         */
        CsvReadSummary build();
    }
}
