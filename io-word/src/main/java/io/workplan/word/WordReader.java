package io.workplan.word;

import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.internal.FileErrors;
import io.workplan.core.internal.TempCopy;
import io.workplan.sheet.TableReadSummary;
import io.workplan.sheet.TableReader;
import io.workplan.sheet.internal.FormatReading;
import io.workplan.word.internal.DocxTables;
import io.workplan.word.internal.WordFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads the progress table of a Word document (.docx, such as the {@code 附件1.docx} that a
 * government attaches to its notice) into a {@link ProgressReport}.
 *
 * <pre>{@code
 * WordReadResult result = WordReader.create().read(Path.of("附件1.docx"));
 * ProgressReport report = result.report();
 * result.table();        // 表1
 *
 * WordReader second = WordReader.create(WordReadOptions.builder()
 *     .table(TableReadOptions.builder().table(1).lenient(true).build()).build());
 * }</pre>
 *
 * <h2>The document's tables</h2>
 *
 * Every table of the document's body, in order, is a table named {@code 表1}, {@code 表2}, …; a
 * table nested in a cell is a table of its own, numbered right after the table holding it. The
 * {@linkplain io.workplan.sheet.TableReader table reader} chooses among them (the first whose header
 * names a task and a progress column, or {@link io.workplan.sheet.TableReadOptions#table()}) and does
 * all the rest: header, columns, title and period, filling down, notes under the table, problems.
 * Of a table, this reader gives:
 *
 * <ul>
 *   <li><b>the grid</b>: each row's cells placed on the table's columns: {@code gridBefore} leaves
 *       columns empty before the first cell, a cell takes its {@code gridSpan} columns;
 *   <li><b>merged cells</b>: a cell spanning columns, and a {@code vMerge} run (a {@code restart}
 *       cell and the {@code continue} or empty-{@code vMerge} cells under it) are merged ranges with
 *       the text in their first cell; a text in a continuing cell (which Word does not show) is sent
 *       as it is, so that the table reader reports it;
 *   <li><b>a cell's text</b>: its paragraphs joined by line breaks, a paragraph's breaks as line
 *       breaks, tabs as tabs;
 *   <li><b>the title</b>: when no row above the header holds one, the nearest non-blank paragraph
 *       before the table (the title line of the document).
 * </ul>
 *
 * A problem names the file, the table ({@code 表1}, as its sheet) and the A1 cell of the table's
 * grid ({@code E7}: the fifth column, the seventh row), with the raw text and the reason.
 *
 * <h2>Damaged and hostile files</h2>
 *
 * Whatever a file holds, reading it gives a report or a {@link WordException} naming the file and
 * saying what is wrong; no exception of Apache POI comes out. Before POI opens it, the zip's
 * directory is checked against the limits of {@link WordReadOptions} (POI's JVM-wide {@code
 * ZipSecureFile} settings are never changed, and apply as well): a part expanding to more than
 * {@link WordReadOptions#maxPartBytes()} (256 MiB) or more than {@link
 * WordReadOptions#maxInflateRatio()} (100) times its compressed size (a zip bomb), more than {@link
 * WordReadOptions#maxEntries()} parts, an XML part that declares a {@code DOCTYPE} (Word never
 * writes one; external entities and entity expansion come in through it) are refused unread, in
 * milliseconds. A row reaching beyond {@link WordReadOptions#MAX_COLUMNS} columns is refused with
 * its table and cell. The document is held in memory while its tables are taken out (POI's XWPF
 * object model), about ten times the size of its {@code word/document.xml}.
 *
 * <p>A legacy Word 97-2003 document ({@code .doc}, an OLE2 file with a {@code WordDocument} stream)
 * is refused with a message saying to save it as .docx: Apache POI's HWPF (its scratchpad module)
 * reads the vertical merges of a .doc's tables but not its horizontal ones, which would have to be
 * guessed from the cells' edges, and a header cell spanning two columns is how many real tables
 * begin. An HTML page or an RTF file saved with a Word name is told as such.
 *
 * <h2>Entry by entry</h2>
 *
 * {@link #read(Path, Consumer)} hands each task's entry to a consumer as soon as the row after it is read,
 * as {@link TableReader#read} does, and gives the summary (head, categories, count, warnings); an
 * exception of the consumer comes out unchanged. {@link #read(Path)} is that reading with the
 * entries collected.
 *
 * <p>An instance is immutable and may be shared between threads.
 *
 * @since 0.1.0
 */
public final class WordReader {
    private final WordReadOptions options;

    private WordReader(WordReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * A reader with the {@linkplain WordReadOptions#defaults() default options}.
     *
     * @return the reader
     */
    public static WordReader create() {
        return new WordReader(WordReadOptions.defaults());
    }

    /**
     * A reader with options.
     *
     * @param options the options
     * @return the reader
     * @throws NullPointerException if {@code options} is null
     */
    public static WordReader create(WordReadOptions options) {
        Objects.requireNonNull(options, "options");
        return new WordReader(options);
    }

    /**
     * The options of this reader.
     *
     * @return the options
     */
    public WordReadOptions options() {
        return options;
    }

    /**
     * Whether the first bytes of a file are those of a .docx: a zip whose entries (as far as the
     * bytes go) include {@code word/document.xml}. Word writes that entry among the first few, so
     * the first kilobytes tell; {@link #isWordDocument(Path)} reads the zip's directory instead.
     *
     * @param firstBytes the first bytes of a file, or all of them
     * @return whether they are a Word document's
     */
    public static boolean isWordDocument(byte[] firstBytes) {
        return WordFiles.isWordDocument(Objects.requireNonNull(firstBytes, "firstBytes"));
    }

    /**
     * Whether a file is a .docx: a zip whose directory lists {@code word/document.xml}.
     *
     * @param path the file
     * @return whether it is a Word document; {@code false} too when it cannot be read
     */
    public static boolean isWordDocument(Path path) {
        return WordFiles.isWordDocument(Objects.requireNonNull(path, "path"));
    }

    /**
     * Reads a document's table into a report.
     *
     * @param path the .docx file
     * @return the report, the table read and the warnings
     * @throws WordException when the file is not a readable .docx, no table has a header, or (strict)
     *     the table has problems, listing them all
     */
    public WordReadResult read(Path path) {
        Objects.requireNonNull(path, "path");
        return report(path, sourceName(path));
    }

    /**
     * Reads a document from a stream into a report; the stream is read to its end but not closed.
     *
     * @param in the bytes of a .docx file
     * @return the report, the table read and the warnings
     * @throws WordException as {@link #read(Path)} does, or when the stream cannot be read
     */
    public WordReadResult read(InputStream in) {
        Objects.requireNonNull(in, "in");
        String source = options.sourceName().orElse("document");
        return TempCopy.read(in, ".docx", TempCopy.ALL, copy -> report(copy, source),
                e -> WordFiles.unreadable(source, "the stream cannot be read: " + FileErrors.reason(e), e));
    }

    /**
     * Reads a document's table entry by entry, without holding the report: each task's entry is
     * handed to the consumer as soon as the row after its own is read, in the table's order.
     *
     * @param path the .docx file
     * @param entries what each entry is handed to, on the calling thread
     * @return the report's head, its categories, how many entries were handed over, and the warnings
     * @throws WordException as {@link #read(Path)} does, after the entries were handed over; those
     *     entries are then not a valid report
     * @throws RuntimeException what the consumer or the progress listener threw, unchanged
     */
    public TableReadSummary read(Path path, Consumer<? super ProgressEntry> entries) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(entries, "entries");
        return read(path, sourceName(path), entries);
    }

    private String sourceName(Path path) {
        return FormatReading.sourceOf(options.sourceName(), path);
    }

    private WordReadResult report(Path path, String source) {
        TableReader.Read read = withTables(path, source, tables -> TableReader.create(options.table()).readReport(tables, source));
        return WordReadResult.builder().report(read.report()).table(read.summary().table())
                .warnings(read.summary().warnings()).build();
    }

    private TableReadSummary read(Path path, String source, Consumer<? super ProgressEntry> entries) {
        return withTables(path, source, tables -> TableReader.create(options.table()).read(tables, source, entries));
    }

    /** A reading of a document's tables. */
    @FunctionalInterface
    private interface Reading<R> {
        R read(DocxTables tables) throws IOException;
    }

    /** Opens the document and reads its tables, our exception for every failure but the consumer's. */
    private <R> R withTables(Path path, String source, Reading<R> reading) {
        DocxTables tables = WordFiles.open(path, source, options);
        try {
            return FormatReading.read(WordException.class, WordException::new, () -> reading.read(tables));
        } catch (IOException e) {
            // the tables are in memory: no reading of them fails
            throw WordFiles.unreadable(source, "the document cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
