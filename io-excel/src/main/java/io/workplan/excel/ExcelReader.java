package io.workplan.excel;

import io.workplan.excel.internal.HeaderVocabulary;
import io.workplan.excel.internal.RowAssembler;
import io.workplan.excel.internal.SheetLayout;
import io.workplan.excel.internal.SheetProblems;
import io.workplan.excel.internal.WorkbookFiles;
import io.workplan.excel.internal.WorkbookRows;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an official progress sheet (.xlsx or .xls) into a {@link io.workplan.core.ProgressReport}.
 *
 * <pre>{@code
 * ExcelReadResult result = new ExcelReader().read(Path.of("gongshu-2024-q2.xlsx"));
 * ProgressReport report = result.report();   // 159 tasks in 24 categories
 *
 * ExcelReader lenient = new ExcelReader(ExcelReadOptions.builder().lenient(true).streaming(true).build());
 * lenient.read(in).warnings().forEach(w -> log(w.toString()));
 * // gongshu.xlsx: Sheet1!E7 [完成进度] "#DIV/0!": warning: an error cell is not a progress value; ...
 * }</pre>
 *
 * <h2>The sheet's layout</h2>
 *
 * <ul>
 *   <li><b>Sheet</b>: chosen by name or index, by default the first sheet with a header naming the
 *       content and the progress columns.
 *   <li><b>Title rows</b> above the header: the title is the first whose text names a period
 *       ({@code 2024年第二季度拱墅区《政府工作报告》主要任务完成情况}), and the period is read from it
 *       ({@link io.workplan.core.ReportingPeriod#parse(String)}); both can be given in the options.
 *   <li><b>Header row</b>: found by its words, not its position, within the first 30 rows. Columns
 *       may come in any order; only the content and the progress are required (see {@link
 *       SheetColumn} for the words; blanks, line breaks and full-width forms in a header cell do
 *       not matter; more words can be added). When a {@code 项目名称} header spans two columns, the
 *       first holds the category's enumerator ({@code (一)}) and the second its name. With both
 *       {@code 牵头单位} and {@code 责任单位}, the first are the lead units and the second the
 *       responsible units; with {@code 责任单位} alone, they are the lead units.
 *   <li><b>Task rows</b>: every row below the header with a content or a progress. Category, lead
 *       units and leading official are filled down: a blank cell means "same as above", so a merged
 *       range (which leaves all but its first cell blank) covers its rows, and a lead unit's range
 *       may cross categories. Content and progress are never filled down. A category written again
 *       on each row is one category. A cell whose text holds no letter or digit ({@code /}, {@code
 *       —}) in the lead units or the leader column means none.
 *   <li><b>Notes under the table</b>: blank rows, and from the first row holding a single text
 *       ({@code 注:…}, a date, a signature) on, rows without both a content and a progress, are not
 *       tasks.
 * </ul>
 *
 * <h2>Values as a person sees them</h2>
 *
 * A formula gives its cached value. A number under a percent format is that percentage, exactly:
 * 0.536 shown as {@code 53.6%} is {@link io.workplan.core.Progress#ofPercent 53.6 %} with the text
 * {@code 53.6%}; a number's exact value is the shortest decimal of its double ({@code 0.536}, even
 * when the file stores {@code 0.53600000000000003}). A number in {@code 序号} must be whole. A text
 * cell keeps its text verbatim; lead units are split by {@link
 * io.workplan.core.LeadUnit#parseList(String)}, where a line break is a wrap, not a separator. Dates
 * and error cells in the progress column are reported, not guessed.
 *
 * <h2>The layout a writer produces</h2>
 *
 * So that a written report reads back equal: a title row, its cell merged across the table; the
 * header row {@code 序号, 项目名称, 主要工作内容, [牵头领导], 牵头单位, [责任单位], 完成进度, [备注]}
 * ({@code 序号} only when the tasks are numbered, bracketed columns only when a task has one); one
 * row per task; the category's {@link io.workplan.core.Category#label() label} and the lead units
 * (joined by {@code 、}) merged over runs of equal cells; {@code /} in the lead-unit or leader cell of
 * a task that has none (a blank there would mean "same as above"); the progress written as a number
 * with a percent format of as many decimals as its text has when the text is exactly the canonical
 * form ({@code 53.6%}, {@code 100%}, {@code 0.00%}: the percentage's plain digits then {@code %}),
 * otherwise as text.
 *
 * <h2>Problems</h2>
 *
 * Every problem of the sheet is found in one pass, each a {@link io.workplan.core.Problem} with the
 * file's name, the sheet, the A1 cell, the column's header, the raw text and the reason: a required
 * column missing (naming the columns found), a column named twice, a duplicate or non-numeric task
 * number, blank content, a task row with no category, a date or an error in the progress column, a
 * hidden value under a merged cell, a title without a period. In strict mode (the default) an
 * {@link ExcelException} lists them all; in lenient mode they come back as warnings of the result,
 * each saying what was done with its row. A blank progress and a task without lead units are
 * warnings in both modes. A file that is not a readable workbook (an HTML page saved as
 * {@code .xls}, an encrypted or truncated file) gives an {@link ExcelException} naming the file and
 * saying what it is; no exception of Apache POI reaches the caller.
 *
 * <h2>Streaming</h2>
 *
 * With {@link ExcelReadOptions#streaming()}, an .xlsx file is parsed with SAX one row at a time,
 * without a workbook object, in memory bounded by the report itself (plus the shared strings
 * table, when the file has one). Both modes produce the same rows of cell texts and hand them to
 * the same assembler, so they give the same report and the same problems. An .xls file is read in
 * memory in both modes. An {@link InputStream} is first copied to a temporary file, deleted after.
 *
 * <p>An instance is immutable and may be shared between threads.
 *
 * @since 0.1.0
 */
public final class ExcelReader {
    private final ExcelReadOptions options;

    /** A reader with the {@linkplain ExcelReadOptions#defaults() default options}. */
    public ExcelReader() {
        this(ExcelReadOptions.defaults());
    }

    /**
     * A reader with options.
     *
     * @param options the options
     */
    public ExcelReader(ExcelReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * The options of this reader.
     *
     * @return the options
     */
    public ExcelReadOptions options() {
        return options;
    }

    /**
     * Reads a workbook file.
     *
     * @param path the .xlsx or .xls file
     * @return the report and its warnings
     * @throws ExcelException when the file is not a readable workbook, the sheet has no usable
     *     table, or (in strict mode) the sheet has problems, listing them all
     */
    public ExcelReadResult read(Path path) {
        Path name = path.getFileName();
        return read(path, options.sourceName().orElse(name == null ? path.toString() : name.toString()));
    }

    /**
     * Reads a workbook from a stream, which is read to its end but not closed.
     *
     * @param in the bytes of an .xlsx or .xls file
     * @return the report and its warnings
     * @throws ExcelException as {@link #read(Path)} does, or when the stream cannot be read
     */
    public ExcelReadResult read(InputStream in) {
        String source = options.sourceName().orElse("workbook");
        Path copy = null;
        try {
            copy = Files.createTempFile("workplan-", ".workbook");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return read(copy, source);
        } catch (IOException e) {
            throw WorkbookFiles.unreadable(source, "the stream cannot be read (" + e.getMessage() + ")", e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // a temporary file left behind is no reason to fail the reading
                }
            }
        }
    }

    private ExcelReadResult read(Path path, String source) {
        try (WorkbookRows workbook = WorkbookFiles.open(path, source, options.streaming())) {
            HeaderVocabulary vocabulary = new HeaderVocabulary(options.headers());
            List<String> names = workbook.sheetNames();
            int[] chosen = chosenSheets(names, source);
            SheetLayout layout = null;
            for (int sheet : chosen) {
                Optional<SheetLayout> found = SheetLayout.find(workbook, sheet, vocabulary);
                if (found.isPresent() && (layout == null || (found.get().isComplete() && !layout.isComplete()))) {
                    layout = found.get();
                }
                if (layout != null && layout.isComplete()) {
                    break;
                }
            }
            if (layout == null) {
                throw WorkbookFiles.unreadable(source, (chosen.length == 1 ? "the sheet " + names.get(chosen[0]) + " has"
                        : "none of the sheets " + names + " has") + " a header naming the task content (主要工作内容 / 项目内容)"
                        + " and the progress (完成进度 / 累计完成情况 / 完成情况 / 进展情况 / 目前进展情况) within its first "
                        + SheetLayout.HEADER_SEARCH_ROWS + " rows", null);
            }
            RowAssembler assembler = new RowAssembler(layout, options, new SheetProblems(source, layout.sheet()));
            workbook.read(names.indexOf(layout.sheet()), assembler);
            return assembler.finish();
        } catch (ExcelException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw WorkbookFiles.unreadable(source, "the workbook cannot be read: it is truncated or damaged ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    private int[] chosenSheets(List<String> names, String source) {
        if (options.sheetName().isPresent()) {
            int index = names.indexOf(options.sheetName().get());
            if (index < 0) {
                throw WorkbookFiles.unreadable(source, "the workbook has no sheet named " + options.sheetName().get()
                        + "; its sheets are " + names, null);
            }
            return new int[] {index};
        }
        if (options.sheetIndex().isPresent()) {
            int index = options.sheetIndex().getAsInt();
            if (index < 0 || index >= names.size()) {
                throw WorkbookFiles.unreadable(source, "the workbook has no sheet at index " + index + "; it has "
                        + names.size() + " sheets " + names, null);
            }
            return new int[] {index};
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            all.add(i);
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }
}
