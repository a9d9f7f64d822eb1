package io.workplan.csv;

import io.workplan.core.ReadResult;
import java.nio.charset.Charset;
import org.immutables.value.Value;

/**
 * What {@link CsvReader} read: the report, the warnings a person should look at, and how the file
 * was read: its charset (found or given), whether it began with a byte-order mark, its delimiter.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CsvReadResult implements ReadResult {

    CsvReadResult() {}

    /**
     * A new builder; the report, the charset and the delimiter are required.
     *
     * @return a builder of results
     * @since 0.3.0
     */
    public static Builder builder() {
        return new Builder();
    }

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

    /**
     * Builds a {@link CsvReadResult}. One setter per attribute, named as its accessor (which documents it);
     * {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value
     * and reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableCsvReadResult.Builder {
        Builder() {}
    }
}
