package io.workplan.word;

import io.workplan.core.internal.Checks;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.TableSourceOptions;
import io.workplan.sheet.internal.TableReadChecks;
import org.immutables.value.Value;

/**
 * How {@link WordReader} reads a document: the options of the table reader (strictness, title,
 * period, header words, {@linkplain TableReadOptions#table() which table}), the name of the source,
 * and the limits against hostile files.
 *
 * <pre>{@code
 * WordReadOptions options = WordReadOptions.builder()
 *     .table(TableReadOptions.builder().lenient(true).table(1).build())   // the document's second table
 *     .sourceName("附件1.docx")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class WordReadOptions implements TableSourceOptions {
    /** The default of {@link #maxPartBytes()}: 256 MiB. */
    public static final long DEFAULT_MAX_PART_BYTES = 256L << 20;

    /** The default of {@link #maxInflateRatio()}: 100, the ratio of Apache POI's own default guard. */
    public static final double DEFAULT_MAX_INFLATE_RATIO = 100;

    /** The default of {@link #maxEntries()}: 10,000 parts, where a document has a few dozen. */
    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    /**
     * The most columns a table's grid may have: 16,384, as many as a sheet of Excel. A row placed
     * beyond (by {@code gridBefore} or {@code gridSpan}) is reported with its table and cell.
     */
    public static final int MAX_COLUMNS = 16_384;

    WordReadOptions() {}

    /**
     * A new builder, starting from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The defaults: the table reader's defaults, the file's name as the source, the default limits.
     *
     * @return the defaults
     */
    public static WordReadOptions defaults() {
        return builder().build();
    }

    /**
     * The largest size a part of the document (its {@code word/document.xml}, an image) may expand
     * to, as the zip's directory declares it; checked before any of it is inflated.
     *
     * @return the limit in bytes; {@link #DEFAULT_MAX_PART_BYTES} by default
     */
    @Value.Default
    public long maxPartBytes() {
        return DEFAULT_MAX_PART_BYTES;
    }

    /**
     * The largest ratio of a part's expanded size to its compressed size (for parts over 100 KiB):
     * beyond it the file is taken for a zip bomb and refused unread.
     *
     * @return the ratio; {@link #DEFAULT_MAX_INFLATE_RATIO} by default
     */
    @Value.Default
    public double maxInflateRatio() {
        return DEFAULT_MAX_INFLATE_RATIO;
    }

    /**
     * The most parts (zip entries) a document may have.
     *
     * @return the count; {@link #DEFAULT_MAX_ENTRIES} by default
     */
    @Value.Default
    public int maxEntries() {
        return DEFAULT_MAX_ENTRIES;
    }

    @Value.Check
    void check() {
        Checks checks = new Checks();
        TableReadChecks.positive("maxPartBytes", maxPartBytes(), checks);
        checks.require(maxInflateRatio() >= 1, "maxInflateRatio", () -> "must be 1 or more, was " + maxInflateRatio());
        TableReadChecks.positive("maxEntries", maxEntries(), checks);
        TableReadChecks.sourceName(sourceName(), checks);
        checks.throwIfAny("WordReadOptions");
    }

    /**
     * Builds {@link WordReadOptions}. One setter per attribute, named as its accessor (which documents it);
     * {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value
     * and reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableWordReadOptions.Builder {
        Builder() {}
    }
}
