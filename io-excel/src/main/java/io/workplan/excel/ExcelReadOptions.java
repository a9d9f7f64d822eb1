package io.workplan.excel;

import io.workplan.core.internal.Checks;
import io.workplan.sheet.ColumnRole;
import io.workplan.sheet.TableReadAttributes;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.internal.TableReadChecks;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How {@link ExcelReader} reads a workbook: which sheet, strict or lenient, in memory or streaming,
 * extra header words, values that override what the sheet says, and the limits of what it reads.
 * An immutable value; every setting is optional.
 *
 * <pre>{@code
 * ExcelReadOptions options = ExcelReadOptions.builder()
 *     .sheetName("2024Q2")
 *     .lenient(true)
 *     .addHeader(ColumnRole.PROGRESS, "执行情况")
 *     .build();
 * }</pre>
 *
 * <p>{@link Builder#build()} checks every setting at once and throws a {@link
 * io.workplan.core.ValidationException} listing each one that is wrong (a limit that is not
 * positive, a sheet chosen both by name and by index, a blank header word).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ExcelReadOptions implements TableReadAttributes {

    /** The default of {@link #maxPartBytes()}: 1 GiB. */
    public static final long DEFAULT_MAX_PART_BYTES = 1L << 30;

    /** The default of {@link #maxInflateRatio()}: 100, the ratio of Apache POI's own default guard. */
    public static final double DEFAULT_MAX_INFLATE_RATIO = 100;

    /**
     * The longest text of a cell that the reader accepts: 32,767 characters, the most a cell of
     * Excel holds. A longer text (which only a program other than Excel, or a damage, writes) is
     * reported with its cell and the file refused.
     */
    public static final int MAX_CELL_TEXT = 32_767;

    private static final ExcelReadOptions DEFAULTS = builder().build();

    ExcelReadOptions() {}

    /**
     * The defaults: the first sheet with a recognisable header, strict, in memory.
     *
     * @return the default options
     */
    public static ExcelReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A new builder, starting from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The sheet to read, by name.
     *
     * @return the sheet's name, when one was chosen by name
     */
    public abstract Optional<String> sheetName();

    /**
     * The sheet to read, by its 0-based index.
     *
     * @return the index, when one was chosen by index
     */
    public abstract OptionalInt sheetIndex();

    /**
     * Whether an .xlsx file is read in streaming mode (bounded memory, no workbook object). An .xls
     * file is always read in memory.
     *
     * @return whether to stream; {@code false} by default
     */
    @Value.Default
    public boolean streaming() {
        return false;
    }

    /**
     * The name of the input in problems and in the report's source, overriding the file's name;
     * for an {@link java.io.InputStream} it defaults to {@code workbook}.
     *
     * @return the source's name, when overridden
     */
    public abstract Optional<String> sourceName();

    /**
     * The largest size, expanded, of a part of an .xlsx file (a sheet's XML, the shared strings,
     * …), as the zip's directory declares it: a larger part is refused before any of it is read.
     * Apache POI has a JVM-wide limit of its own ({@code ZipSecureFile.setMaxEntrySize}, 4 GiB by
     * default), which the reader never changes and which applies too, to the bytes actually
     * inflated. (POI's third limit, {@code ZipSecureFile.setMaxTextSize}, bounds the text of its
     * text extractors, which the reader does not use; a cell's text is bounded by {@link
     * #MAX_CELL_TEXT}.)
     *
     * @return the limit in bytes; {@link #DEFAULT_MAX_PART_BYTES} (1 GiB) by default, room for a
     *     sheet of a million tasks
     */
    @Value.Default
    public long maxPartBytes() {
        return DEFAULT_MAX_PART_BYTES;
    }

    /**
     * The largest ratio of a part's expanded size to its compressed size, for parts over 100 KiB,
     * as the zip's directory declares the sizes: a zip bomb (a small file whose sheet's XML
     * expands to gigabytes) is refused before any of it is inflated. Apache POI has a JVM-wide
     * guard of its own ({@code ZipSecureFile.setMinInflateRatio}, 0.01, that is 100 times, by
     * default), which the reader never changes and which applies too, to the bytes actually
     * inflated: to read a more repetitive file, raise this limit and lower POI's.
     *
     * @return the ratio, at least 1; {@link #DEFAULT_MAX_INFLATE_RATIO} (100) by default
     */
    @Value.Default
    public double maxInflateRatio() {
        return DEFAULT_MAX_INFLATE_RATIO;
    }

    /**
     * The options of the format-neutral table reader that these options mean: strictness, title,
     * period, header words, the progress listener and the budgets of problems, merged ranges and
     * text.
     *
     * @return the table reader's options
     */
    public TableReadOptions tableOptions() {
        return TableReadOptions.builder().from(this).build();
    }

    @Value.Check
    void check() {
        Checks checks = new Checks();
        checks.require(sheetName().isEmpty() || sheetIndex().isEmpty(), "sheetName",
                () -> "choose the sheet by its name or by its index, not both (" + sheetName().get() + ", "
                        + sheetIndex().getAsInt() + ")");
        checks.require(sheetIndex().orElse(0) >= 0, "sheetIndex",
                () -> "the index of a sheet must be 0 or more, was " + sheetIndex().getAsInt());
        checks.require(maxPartBytes() >= 1, "maxPartBytes", () -> "the largest part must be 1 byte or more, was " + maxPartBytes());
        checks.require(maxInflateRatio() >= 1, "maxInflateRatio",
                () -> "the largest inflation ratio must be 1 or more, was " + maxInflateRatio());
        TableReadChecks.sourceName(sourceName(), checks);
        TableReadChecks.budgets(this, checks);
        TableReadChecks.headers(this, checks);
        checks.throwIfAny("ExcelReadOptions");
    }

    /**
     * Builds {@link ExcelReadOptions}; every setting is optional. One setter per attribute, named as its
     * accessor (which documents it); {@code addX} and {@code addAllX} for a list; {@code from} copies a value;
     * {@code build()} checks the value and reports every problem at once in a {@link
     * io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableExcelReadOptions.Builder {
        Builder() {}

        /**
         * Recognises one more header for a column, as {@link #putHeaders(String, ColumnRole)} does.
         *
         * @param column the column
         * @param header a header that names it
         * @return this builder
         */
        public Builder addHeader(ColumnRole column, String header) {
            return putHeaders(header, column);
        }
    }
}
