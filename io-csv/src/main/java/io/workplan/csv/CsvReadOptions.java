package io.workplan.csv;

import io.workplan.core.internal.Checks;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.TableSourceOptions;
import io.workplan.sheet.internal.TableReadChecks;
import java.nio.charset.Charset;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How {@link CsvReader} reads a file: the table reader's options, the name of the source, a
 * delimiter or charset that the bytes are not to decide, and the limits against hostile files.
 *
 * <pre>{@code
 * CsvReadOptions options = CsvReadOptions.builder()
 *     .table(TableReadOptions.builder().lenient(true).build())
 *     .delimiter(';')
 *     .maxFileBytes(16L << 20)
 *     .build();
 * }</pre>
 *
 * <h2>Limits</h2>
 *
 * Each limit refuses a file that passes it with a {@link CsvException} naming the limit, its line
 * and, for a cell, its A1 reference; memory and time stay bounded whatever the file holds:
 *
 * <ul>
 *   <li>{@link #maxFileBytes()}: the file's size, 256 MiB by default (a stream is refused once
 *       that many bytes were read).
 *   <li>{@link #maxCellChars()}: the characters of a cell, 32,767 by default (the most an Excel
 *       cell holds).
 *   <li>{@link #maxCellsPerRecord()}: the cells of a record, 16,384 by default (Excel's columns).
 *   <li>{@link #maxRecordChars()}: the characters of a line, and of a record (several lines when
 *       a quoted cell holds line breaks), 1,048,576 by default: a line of a gigabyte is refused
 *       after its first megabyte. A line is checked exactly; a record as the parser reads it, so
 *       that one at most {@value io.workplan.csv.internal.DecodedText#READ_AHEAD} characters longer
 *       than the limit may pass.
 *   <li>{@link #maxRecords()}: the records, 1,048,576 by default (Excel's rows).
 * </ul>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CsvReadOptions implements TableSourceOptions {
    /** The default of {@link #maxFileBytes()}: 256 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 256L << 20;
    /** The default of {@link #maxCellChars()}: 32,767, the most an Excel cell holds. */
    public static final int DEFAULT_MAX_CELL_CHARS = 32_767;
    /** The default of {@link #maxCellsPerRecord()}: 16,384, the columns of an Excel sheet. */
    public static final int DEFAULT_MAX_CELLS_PER_RECORD = 16_384;
    /** The default of {@link #maxRecordChars()}: 1,048,576. */
    public static final int DEFAULT_MAX_RECORD_CHARS = 1 << 20;
    /** The default of {@link #maxRecords()}: 1,048,576, the rows of an Excel sheet. */
    public static final int DEFAULT_MAX_RECORDS = 1 << 20;

    CsvReadOptions() {}

    /**
     * A new builder.
     *
     * @return a builder of options
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The defaults: the table reader's defaults, the charset and delimiter found from the file,
     * the default limits.
     *
     * @return the default options
     */
    public static CsvReadOptions defaults() {
        return builder().build();
    }

    /**
     * The delimiter of the cells. By default a comma for a {@code .csv} file, a tab for {@code .tsv}
     * and {@code .tab}, else the most frequent of comma, tab and semicolon in the first 30 lines.
     *
     * @return the delimiter, when given
     */
    public abstract Optional<Character> delimiter();

    /**
     * The charset of the file. By default it is found from the bytes: a byte-order mark tells UTF-8
     * or UTF-16 (LE or BE); without one, a file that is valid UTF-8 throughout is UTF-8, else one
     * that is valid GB18030 (the superset of GBK, in which Excel saves CSV on Chinese Windows) is
     * GB18030, else it is refused at the line of its first undecodable byte. Bytes are never
     * replaced: a given charset is decoded as strictly.
     *
     * @return the charset, when given
     */
    public abstract Optional<Charset> charset();

    /**
     * The largest file read.
     *
     * @return the limit in bytes; {@link #DEFAULT_MAX_FILE_BYTES} by default
     */
    @Value.Default
    public long maxFileBytes() {
        return DEFAULT_MAX_FILE_BYTES;
    }

    /**
     * The most characters of a cell.
     *
     * @return the limit; {@link #DEFAULT_MAX_CELL_CHARS} by default
     */
    @Value.Default
    public int maxCellChars() {
        return DEFAULT_MAX_CELL_CHARS;
    }

    /**
     * The most cells of a record.
     *
     * @return the limit; {@link #DEFAULT_MAX_CELLS_PER_RECORD} by default
     */
    @Value.Default
    public int maxCellsPerRecord() {
        return DEFAULT_MAX_CELLS_PER_RECORD;
    }

    /**
     * The most characters of a line or a record (see the class's <em>Limits</em>).
     *
     * @return the limit; {@link #DEFAULT_MAX_RECORD_CHARS} by default
     */
    @Value.Default
    public int maxRecordChars() {
        return DEFAULT_MAX_RECORD_CHARS;
    }

    /**
     * The most records of a file, blank ones included.
     *
     * @return the limit; {@link #DEFAULT_MAX_RECORDS} by default
     */
    @Value.Default
    public int maxRecords() {
        return DEFAULT_MAX_RECORDS;
    }

    @Value.Check
    void check() {
        Checks checks = new Checks();
        TableReadChecks.sourceName(sourceName(), checks);
        TableReadChecks.positive("maxFileBytes", maxFileBytes(), checks);
        TableReadChecks.positive("maxCellChars", maxCellChars(), checks);
        TableReadChecks.positive("maxCellsPerRecord", maxCellsPerRecord(), checks);
        TableReadChecks.positive("maxRecordChars", maxRecordChars(), checks);
        TableReadChecks.positive("maxRecords", maxRecords(), checks);
        delimiter().ifPresent(d -> checks.require(d != '"' && d != '\r' && d != '\n', "delimiter",
                () -> "a quote or a line break cannot be the delimiter"));
        checks.throwIfAny("CsvReadOptions");
    }

    /**
     * Builds {@link CsvReadOptions}; every setting is optional. One setter per attribute, named as its accessor
     * (which documents it); {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code
     * build()} checks the value and reports every problem at once in a {@link
     * io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableCsvReadOptions.Builder {
        Builder() {}
    }
}
