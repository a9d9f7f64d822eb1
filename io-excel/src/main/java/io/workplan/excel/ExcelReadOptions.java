package io.workplan.excel;

import io.workplan.sheet.ColumnRole;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.ReadProgressListener;

import io.workplan.core.ReportingPeriod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How {@link ExcelReader} reads a workbook: which sheet, strict or lenient, in memory or streaming,
 * extra header words, and values that override what the sheet says.
 *
 * <pre>{@code
 * ExcelReadOptions options = ExcelReadOptions.builder()
 *     .sheetName("2024Q2")
 *     .lenient(true)
 *     .addHeader(ColumnRole.PROGRESS, "执行情况")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ExcelReadOptions {
    private static final ExcelReadOptions DEFAULTS = builder().build();

    private final Optional<String> sheetName;
    private final OptionalInt sheetIndex;
    private final boolean lenient;
    private final boolean streaming;
    private final Optional<String> title;
    private final Optional<ReportingPeriod> period;
    private final Optional<String> sourceName;
    private final Map<ColumnRole, List<String>> headers;
    private final ReadProgressListener progressListener;
    private final long maxPartBytes;
    private final double maxInflateRatio;
    private final int maxProblems;
    private final int maxMergedRanges;
    private final long maxReportChars;

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

    private ExcelReadOptions(Builder b) {
        this.sheetName = b.sheetName;
        this.sheetIndex = b.sheetIndex;
        this.lenient = b.lenient;
        this.streaming = b.streaming;
        this.title = b.title;
        this.period = b.period;
        this.sourceName = b.sourceName;
        Map<ColumnRole, List<String>> copy = new EnumMap<>(ColumnRole.class);
        b.headers.forEach((column, words) -> copy.put(column, List.copyOf(words)));
        this.headers = Collections.unmodifiableMap(copy);
        this.progressListener = b.progressListener;
        this.maxPartBytes = b.maxPartBytes;
        this.maxInflateRatio = b.maxInflateRatio;
        this.maxProblems = b.maxProblems;
        this.maxMergedRanges = b.maxMergedRanges;
        this.maxReportChars = b.maxReportChars;
    }

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
    public Optional<String> sheetName() {
        return sheetName;
    }

    /**
     * The sheet to read, by its 0-based index.
     *
     * @return the index, when one was chosen by index
     */
    public OptionalInt sheetIndex() {
        return sheetIndex;
    }

    /**
     * Whether problems of the sheet are returned as warnings ({@code true}) rather than thrown.
     *
     * @return whether reading is lenient; {@code false} by default
     */
    public boolean lenient() {
        return lenient;
    }

    /**
     * Whether an .xlsx file is read in streaming mode (SAX, bounded memory, no workbook object).
     * An .xls file is always read in memory.
     *
     * @return whether to stream; {@code false} by default
     */
    public boolean streaming() {
        return streaming;
    }

    /**
     * The report's title, overriding the sheet's title row.
     *
     * @return the title, when overridden
     */
    public Optional<String> title() {
        return title;
    }

    /**
     * The report's period, overriding the period named in the title.
     *
     * @return the period, when overridden
     */
    public Optional<ReportingPeriod> period() {
        return period;
    }

    /**
     * The name of the input in problems and in the report's source, overriding the file's name;
     * for an {@link java.io.InputStream} it defaults to {@code workbook}.
     *
     * @return the source's name, when overridden
     */
    public Optional<String> sourceName() {
        return sourceName;
    }

    /**
     * The headers added to the built-in vocabulary, by column.
     *
     * @return the added headers, possibly none
     */
    public Map<ColumnRole, List<String>> headers() {
        return headers;
    }

    /**
     * The listener told of the rows read.
     *
     * @return the listener; {@link ReadProgressListener#NONE} by default
     */
    public ReadProgressListener progressListener() {
        return progressListener;
    }

    /**
     * The options of the format-neutral table reader that these options mean: strictness, title,
     * period, header words, the progress listener and the budgets of problems, merged ranges and
     * text.
     *
     * @return the table reader's options
     */
    public TableReadOptions tableOptions() {
        TableReadOptions.Builder b = TableReadOptions.builder().lenient(lenient).title(title).period(period)
                .progressListener(progressListener).maxProblems(maxProblems).maxMergedRanges(maxMergedRanges)
                .maxReportChars(maxReportChars);
        headers.forEach((column, words) -> words.forEach(w -> b.putHeaders(w, column)));
        return b.build();
    }

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
    public long maxPartBytes() {
        return maxPartBytes;
    }

    /**
     * The largest ratio of a part's expanded size to its compressed size, for parts over 100 KiB,
     * as the zip's directory declares the sizes: a zip bomb (a small file whose sheet's XML
     * expands to gigabytes) is refused before any of it is inflated. Apache POI has a JVM-wide
     * guard of its own ({@code ZipSecureFile.setMinInflateRatio}, 0.01, that is 100 times, by
     * default), which the reader never changes and which applies too, to the bytes actually
     * inflated: to read a more repetitive file, raise this limit and lower POI's.
     *
     * @return the ratio; {@link #DEFAULT_MAX_INFLATE_RATIO} (100) by default
     */
    public double maxInflateRatio() {
        return maxInflateRatio;
    }

    /**
     * The most problems listed; the others are counted in one last problem. See {@link
     * TableReadOptions#maxProblems()}.
     *
     * @return the cap; {@link TableReadOptions#DEFAULT_MAX_PROBLEMS} (100) by default
     */
    public int maxProblems() {
        return maxProblems;
    }

    /**
     * The most merged regions of the sheet that the reading considers; a region given twice counts
     * once. See {@link TableReadOptions#maxMergedRanges()}.
     *
     * @return the limit; {@link TableReadOptions#DEFAULT_MAX_MERGED_RANGES} (250,000) by default
     */
    public int maxMergedRanges() {
        return maxMergedRanges;
    }

    /**
     * The most characters of text a report read whole ({@link ExcelReader#read(java.nio.file.Path)})
     * may hold. See {@link TableReadOptions#maxReportChars()}.
     *
     * @return the limit; {@link TableReadOptions#DEFAULT_MAX_REPORT_CHARS} (10,000,000) by default
     */
    public long maxReportChars() {
        return maxReportChars;
    }

    /** Builds {@link ExcelReadOptions}; every setting is optional. */
    public static final class Builder {
        private Optional<String> sheetName = Optional.empty();
        private OptionalInt sheetIndex = OptionalInt.empty();
        private boolean lenient;
        private boolean streaming;
        private Optional<String> title = Optional.empty();
        private Optional<ReportingPeriod> period = Optional.empty();
        private Optional<String> sourceName = Optional.empty();
        private final Map<ColumnRole, List<String>> headers = new EnumMap<>(ColumnRole.class);
        private ReadProgressListener progressListener = ReadProgressListener.NONE;
        private long maxPartBytes = DEFAULT_MAX_PART_BYTES;
        private double maxInflateRatio = DEFAULT_MAX_INFLATE_RATIO;
        private int maxProblems = TableReadOptions.DEFAULT_MAX_PROBLEMS;
        private int maxMergedRanges = TableReadOptions.DEFAULT_MAX_MERGED_RANGES;
        private long maxReportChars = TableReadOptions.DEFAULT_MAX_REPORT_CHARS;

        private Builder() {}

        /**
         * Reads the sheet of this name (and forgets a sheet chosen by index).
         *
         * @param name the sheet's name
         * @return this builder
         */
        public Builder sheetName(String name) {
            this.sheetName = Optional.of(name);
            this.sheetIndex = OptionalInt.empty();
            return this;
        }

        /**
         * Reads the sheet at this 0-based index (and forgets a sheet chosen by name).
         *
         * @param index the sheet's index, from 0
         * @return this builder
         */
        public Builder sheetIndex(int index) {
            this.sheetIndex = OptionalInt.of(index);
            this.sheetName = Optional.empty();
            return this;
        }

        /**
         * @param lenient see {@link ExcelReadOptions#lenient()}
         * @return this builder
         */
        public Builder lenient(boolean lenient) {
            this.lenient = lenient;
            return this;
        }

        /**
         * @param streaming see {@link ExcelReadOptions#streaming()}
         * @return this builder
         */
        public Builder streaming(boolean streaming) {
            this.streaming = streaming;
            return this;
        }

        /**
         * @param title see {@link ExcelReadOptions#title()}
         * @return this builder
         */
        public Builder title(String title) {
            this.title = Optional.of(title);
            return this;
        }

        /**
         * @param period see {@link ExcelReadOptions#period()}
         * @return this builder
         */
        public Builder period(ReportingPeriod period) {
            this.period = Optional.of(period);
            return this;
        }

        /**
         * @param sourceName see {@link ExcelReadOptions#sourceName()}
         * @return this builder
         */
        public Builder sourceName(String sourceName) {
            this.sourceName = Optional.of(sourceName);
            return this;
        }

        /**
         * Recognises one more header for a column. Matching ignores blanks, line breaks and the
         * difference between full-width and ASCII forms, as for the built-in headers.
         *
         * @param column the column
         * @param header a header that names it
         * @return this builder
         */
        public Builder addHeader(ColumnRole column, String header) {
            headers.computeIfAbsent(column, c -> new ArrayList<>()).add(Objects.requireNonNull(header, "header"));
            return this;
        }

        /**
         * @param listener see {@link ExcelReadOptions#progressListener()}
         * @return this builder
         */
        public Builder progressListener(ReadProgressListener listener) {
            this.progressListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @param bytes see {@link ExcelReadOptions#maxPartBytes()}
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxPartBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxPartBytes must be positive: " + bytes);
            }
            this.maxPartBytes = bytes;
            return this;
        }

        /**
         * @param ratio see {@link ExcelReadOptions#maxInflateRatio()}
         * @return this builder
         * @throws IllegalArgumentException when not at least 1
         */
        public Builder maxInflateRatio(double ratio) {
            if (!(ratio >= 1)) {
                throw new IllegalArgumentException("maxInflateRatio must be at least 1: " + ratio);
            }
            this.maxInflateRatio = ratio;
            return this;
        }

        /**
         * @param max see {@link ExcelReadOptions#maxProblems()}
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxProblems(int max) {
            this.maxProblems = (int) positive("maxProblems", max);
            return this;
        }

        /**
         * @param max see {@link ExcelReadOptions#maxMergedRanges()}
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxMergedRanges(int max) {
            this.maxMergedRanges = (int) positive("maxMergedRanges", max);
            return this;
        }

        /**
         * @param max see {@link ExcelReadOptions#maxReportChars()}
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxReportChars(long max) {
            this.maxReportChars = positive("maxReportChars", max);
            return this;
        }

        private static long positive(String name, long value) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public ExcelReadOptions build() {
            return new ExcelReadOptions(this);
        }
    }
}
