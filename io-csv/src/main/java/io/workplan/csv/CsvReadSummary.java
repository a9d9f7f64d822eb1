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
        return new Builder();
    }

    /** @return the head, the categories, the count of tasks and the warnings */
    public abstract TableReadSummary table();

    /** @return the charset the file was read in (see {@link CsvReadResult#charset()}) */
    public abstract Charset charset();

    /** @return whether the file began with a byte-order mark */
    public abstract boolean byteOrderMark();

    /** @return the delimiter of its cells */
    public abstract char delimiter();

    /**
     * Builds a {@link CsvReadSummary}. One setter per attribute, named as its accessor (which documents it);
     * {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value
     * and reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableCsvReadSummary.Builder {
        Builder() {}
    }
}
