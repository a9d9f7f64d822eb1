package io.workplan.html;

import io.workplan.core.internal.Checks;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.TableSourceOptions;
import io.workplan.sheet.internal.TableReadChecks;
import org.immutables.value.Value;

/**
 * How {@link HtmlReader} reads a page: the options of the table reader (strict or lenient, title,
 * period, header words, which {@code <table>} of the page), the name of the source, and the limits
 * against hostile pages.
 *
 * <pre>{@code
 * HtmlReadOptions options = HtmlReadOptions.builder()
 *     .table(TableReadOptions.builder().lenient(true).table(2).build())   // the page's third <table>
 *     .sourceName("https://www.gongshu.gov.cn/art/2024/7/23/art_1229.html")
 *     .maxFileBytes(16L << 20)
 *     .build();
 * }</pre>
 *
 * <h2>Limits</h2>
 *
 * Each limit refuses a page with an {@link HtmlException} saying which limit, and how to raise it:
 * {@link #maxFileBytes()} before the page is decoded, {@link #maxDepth()} after it is parsed,
 * {@link #maxCellsPerTable()} and {@link #maxCellChars()} as a table is laid out. Within them,
 * reading holds the page's text and its tree of elements, some ten times the file's size.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class HtmlReadOptions implements TableSourceOptions {
    /** The default of {@link #maxFileBytes()}: 64 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;
    /** The default of {@link #maxDepth()}: 512, the default of jsoup's parser. */
    public static final int DEFAULT_MAX_DEPTH = 512;
    /** The default of {@link #maxCellsPerTable()}: 4,000,000 (a million tasks of four columns). */
    public static final int DEFAULT_MAX_CELLS_PER_TABLE = 4_000_000;
    /** The default of {@link #maxCellChars()}: 32,767, the most a cell of Excel holds. */
    public static final int DEFAULT_MAX_CELL_CHARS = 32_767;

    HtmlReadOptions() {}

    /**
     * A new builder.
     *
     * @return a builder of options
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The defaults: the table reader's defaults, the file's name as the source, the default limits.
     *
     * @return the defaults
     */
    public static HtmlReadOptions defaults() {
        return builder().build();
    }

    /**
     * The largest page read, in bytes: a larger file is refused before any of it is decoded (a
     * stream, once that many bytes were read).
     *
     * @return the limit; {@link #DEFAULT_MAX_FILE_BYTES} (64 MiB) by default
     */
    @Value.Default
    public long maxFileBytes() {
        return DEFAULT_MAX_FILE_BYTES;
    }

    /**
     * The deepest nesting of elements read ({@code <html>} is at depth 1): a page nesting deeper is
     * refused, naming the line of the first element too deep. (The parser would otherwise close
     * elements to stay within its own bound, changing what the page says.)
     *
     * @return the limit; {@link #DEFAULT_MAX_DEPTH} (512) by default
     */
    @Value.Default
    public int maxDepth() {
        return DEFAULT_MAX_DEPTH;
    }

    /**
     * The most cells of a table, as its rows times its widest row once {@code rowspan} and {@code
     * colspan} are placed: a larger table is refused, naming the cell where the count was passed.
     * ({@code rowspan} is cut at the table's last row and at 65,534, {@code colspan} at 1,000, as
     * browsers do, before it is counted.)
     *
     * @return the limit; {@link #DEFAULT_MAX_CELLS_PER_TABLE} (4,000,000) by default
     */
    @Value.Default
    public int maxCellsPerTable() {
        return DEFAULT_MAX_CELLS_PER_TABLE;
    }

    /**
     * The longest text of a cell: a longer one is refused with its cell and line, as the Excel
     * reader refuses a longer cell.
     *
     * @return the limit in characters; {@link #DEFAULT_MAX_CELL_CHARS} (32,767) by default
     */
    @Value.Default
    public int maxCellChars() {
        return DEFAULT_MAX_CELL_CHARS;
    }

    @Value.Check
    void check() {
        Checks checks = new Checks();
        TableReadChecks.positive("maxFileBytes", maxFileBytes(), checks);
        checks.require(maxDepth() >= 3 && maxDepth() < Integer.MAX_VALUE, "maxDepth",
                () -> "must be at least 3 (<html>, <body>, <table>), was " + maxDepth());
        TableReadChecks.positive("maxCellsPerTable", maxCellsPerTable(), checks);
        TableReadChecks.positive("maxCellChars", maxCellChars(), checks);
        TableReadChecks.sourceName(sourceName(), checks);
        checks.throwIfAny("HtmlReadOptions");
    }

    /**
     * Builds {@link HtmlReadOptions}; every setting is optional. One setter per attribute, named as its accessor
     * (which documents it); {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code
     * build()} checks the value and reports every problem at once in a {@link
     * io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableHtmlReadOptions.Builder {
        Builder() {}
    }
}
