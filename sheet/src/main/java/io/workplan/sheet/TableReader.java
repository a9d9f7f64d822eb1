package io.workplan.sheet;

import io.workplan.core.Problem;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReadResult;
import io.workplan.core.ValidationException;
import io.workplan.sheet.internal.HeaderVocabulary;
import io.workplan.sheet.internal.ReportCollector;
import io.workplan.sheet.internal.RowAssembler;
import io.workplan.sheet.internal.SheetLayout;
import io.workplan.sheet.internal.SheetProblems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * The one table reader: from a document's rows of cell texts to progress entries, whatever the
 * format (workbook, web page, Word document, CSV). The readers of the formats turn their files
 * into a {@link TableSource}; everything else is done here, once: which table of the document,
 * where its header is and what each column holds ({@link ColumnRole}, from the header's words),
 * the title and period, the filling down of merged and blank-as-above cells, the notes under the
 * table, the tasks with their units, numbers and progress, and every problem with its cell.
 *
 * <p>The table format itself (header words, layouts, progress forms seen in real tables) is
 * described in {@code docs/sheet-format.md}.
 *
 * <h2>Which table</h2>
 *
 * {@link TableReadOptions#table()} when given; otherwise the first table whose header (within its
 * first {@value SheetLayout#HEADER_SEARCH_ROWS} rows) names a task and a progress column, else the
 * first with a header of some other columns (whose missing columns are then reported). The tables
 * are tried in the order a person sees them: the one the document shows first ({@link
 * TableSource#active()}, a workbook's active sheet), then the others a person sees, then the hidden
 * ones ({@link TableSource#hidden(int)}); a hidden table read, chosen or asked for, is said in a
 * warning.
 *
 * <p>An instance is immutable and may be shared between threads.
 *
 * @since 0.1.0
 */
public final class TableReader {
    private final TableReadOptions options;
    private final HeaderVocabulary vocabulary;

    private TableReader(TableReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.vocabulary = new HeaderVocabulary(options.headers());
    }

    /**
     * A reader with options.
     *
     * @param options the options
     * @return the reader
     * @throws NullPointerException if {@code options} is null
     */
    public static TableReader create(TableReadOptions options) {
        Objects.requireNonNull(options, "options");
        return new TableReader(options);
    }

    /**
     * The options of this reader.
     *
     * @return the options
     */
    public TableReadOptions options() {
        return options;
    }

    /**
     * Reads a document's table entry by entry: each task's entry is handed to the consumer as soon
     * as the row after its own is read (a row of a progress alone may continue it), in the table's order.
     *
     * @param source the document's tables
     * @param sourceName the file's name (or address), for messages, and for the period when neither
     *     the title nor the table's name names one
     * @param entries what each entry is handed to, on the calling thread
     * @return the report's head, its categories, the count of entries and the warnings
     * @throws TableException when no table has a header, or (strict) the table has problems, listing
     *     them all, after the entries were handed over
     * @throws ConsumerFailure wrapping what the consumer or the progress listener threw
     * @throws IOException when the source cannot be read
     */
    public TableReadSummary read(TableSource source, String sourceName, Consumer<? super ProgressEntry> entries)
            throws IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(entries, "entries");
        List<String> names = source.tableNames();
        if (names.isEmpty()) {
            throw unreadable(sourceName, "the document holds no table");
        }
        int[] chosen = chosenTables(source, names, sourceName);
        SheetLayout layout = null;
        int table = -1;
        for (int t : chosen) {
            Optional<SheetLayout> found = SheetLayout.find(source, t, vocabulary);
            if (found.isPresent() && (layout == null || (found.get().isComplete() && !layout.isComplete()))) {
                layout = found.get();
                table = t;
            }
            if (layout != null && layout.isComplete()) {
                break;
            }
        }
        if (layout == null) {
            throw unreadable(sourceName, (chosen.length == 1 ? "the " + source.describe(chosen[0]) + " has no"
                    : "none of the tables " + names + " has a") + " header naming the task content ("
                    + HeaderVocabulary.words(ColumnRole.CONTENT) + ") and the progress ("
                    + HeaderVocabulary.words(ColumnRole.PROGRESS) + ") within its first "
                    + SheetLayout.HEADER_SEARCH_ROWS + " rows");
        }
        SheetProblems problems = new SheetProblems(sourceName, names.get(table), source, table, options.maxProblems());
        if (source.hidden(table)) {
            problems.add(problems.builder().severity(Problem.Severity.WARNING).reason("the " + source.describe(table)
                    + " is hidden: a person opening the document does not see it; it is read because "
                    + (options.table().isPresent() ? "it was asked for" : "no table a person sees has a header")
                    + " (choose another with the table or sheet option)").build());
        }
        RowAssembler assembler = new RowAssembler(layout, options, problems, entries,
                source.titleOutside(table), sourceName, source.describe(table));
        source.read(table, assembler);
        return assembler.finish();
    }

    /**
     * Reads a document's table into a report.
     *
     * @param source the document's tables
     * @param sourceName the file's name (or address)
     * @return the report and the summary of its reading (the warnings)
     * @throws TableException as {@link #read(TableSource, String, Consumer)} does
     * @throws IOException when the source cannot be read
     */
    public Read readReport(TableSource source, String sourceName) throws IOException {
        ReportCollector collector = new ReportCollector(options.maxReportChars(), sourceName);
        TableReadSummary summary;
        try {
            summary = read(source, sourceName, collector);
        } catch (ConsumerFailure e) {
            throw e.consumerException();
        }
        try {
            return Read.builder().report(collector.report(summary.head())).summary(summary).build();
        } catch (ValidationException e) {
            // the assembler refuses what a report would refuse; this would be a bug of the reader
            throw new TableException("Cannot read " + sourceName + ", " + summary.table(), e.problems(), e);
        }
    }

    /** A report read whole, with the summary of its reading. */
    @Value.Immutable
    public abstract static class Read implements ReadResult {

        Read() {}

        /**
         * A new builder; both attributes are required.
         *
         * @return a builder
         * @since 0.3.0
         */
        public static Builder builder() {
            return new Builder();
        }

        /** @return the report */
        public abstract ProgressReport report();

        /** @return the head and the warnings */
        public abstract TableReadSummary summary();

        /**
         * The warnings, as the summary gives them.
         *
         * @return {@code summary().warnings()}
         */
        @Override
        public List<Problem> warnings() {
            return summary().warnings();
        }

        /**
         * Builds a {@link Read}. One setter per attribute, named as its accessor (which documents it); {@code
         * addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value
         * and reports every problem at once in a {@link io.workplan.core.ValidationException}.
         */
        public static final class Builder extends ImmutableRead.Builder {
            Builder() {}

        }
    }

    private int[] chosenTables(TableSource source, List<String> names, String sourceName) {
        if (options.table().isPresent()) {
            int index = options.table().getAsInt();
            if (index >= names.size()) {
                throw unreadable(sourceName, "the document has no table " + (index + 1) + "; it has "
                        + names.size() + ": " + names);
            }
            return new int[] {index};
        }
        // the table a person sees first, then the others a person sees, in order, then the hidden ones
        List<Integer> order = new ArrayList<>();
        source.active().ifPresent(a -> {
            if (a >= 0 && a < names.size() && !source.hidden(a)) {
                order.add(a);
            }
        });
        for (boolean hidden : new boolean[] {false, true}) {
            for (int i = 0; i < names.size(); i++) {
                if (source.hidden(i) == hidden && !order.contains(i)) {
                    order.add(i);
                }
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    private static TableException unreadable(String source, String reason) {
        return new TableException("Cannot read " + source, List.of(Problem.builder().source(source).reason(reason).build()));
    }
}
