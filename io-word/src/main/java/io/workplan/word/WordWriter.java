package io.workplan.word;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.core.internal.AtomicFile;
import io.workplan.core.internal.FileErrors;
import io.workplan.sheet.TableGrid;
import io.workplan.word.internal.WriteBulletin;
import io.workplan.word.internal.WriteDocx;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes a report as a Word document (.docx) holding its published table, which {@link WordReader}
 * reads back to the same report (but its source, region and day of publication, which have no cell).
 *
 * <pre>{@code
 * WordWriter.create().write(report, Path.of("附件1.docx"));
 * }</pre>
 *
 * <h2>The document</h2>
 *
 * What each cell holds is the {@link TableGrid} of the report, as for every writer: the title as a
 * bold, centred paragraph before the table; the header row ({@code 序号, 项目名称, 主要工作内容,
 * 牵头单位, 完成进度, …}) in bold, repeated at the top of each page; a row for each task; a run of
 * tasks with the same category, or the same lead units, as one cell merged down ({@code vMerge});
 * each line of a cell's text as a paragraph of its own. The pages are A4 landscape, the table as
 * wide as the text between the margins, its columns in fixed proportions (the task's content and
 * progress the widest).
 *
 * <p>A file is written completely or not at all: into a temporary file beside it, moved into place
 * once complete. A text holding a character that XML cannot carry (a control character other than
 * tab and line breaks) is refused, every such cell listed, before anything is written.
 *
 * <p>An instance is immutable and may be shared between threads.
 *
 * @since 0.1.0
 */
public final class WordWriter {
    private static final WordWriter INSTANCE = new WordWriter();

    private WordWriter() {}

    /**
     * The writer.
     *
     * @return the writer
     */
    public static WordWriter create() {
        return INSTANCE;
    }

    /**
     * Writes a report to a file, completely or not at all.
     *
     * @param report the report
     * @param target the .docx file, replaced when it exists
     * @throws WordException when a text cannot be stored (every cell listed), or the file cannot be
     *     written (the target then unchanged)
     */
    public void write(ProgressReport report, Path target) {
        Objects.requireNonNull(target, "target");
        TableGrid grid = checked(report, target.toString());
        try {
            AtomicFile.write(target, out -> WriteDocx.write(grid, out));
        } catch (IOException e) {
            throw failure(target.toString(), "the file cannot be written: " + FileErrors.writeReason(target, e), e);
        }
    }

    /**
     * Writes a report to a stream, which is not closed.
     *
     * @param report the report
     * @param out the stream
     * @throws WordException when a text cannot be stored, or the stream cannot be written
     */
    public void write(ProgressReport report, OutputStream out) {
        Objects.requireNonNull(out, "out");
        TableGrid grid = checked(report, "the stream");
        try {
            WriteDocx.write(grid, new java.io.FilterOutputStream(out) {
                @Override
                public void close() throws IOException {
                    flush(); // the caller's stream stays open
                }
            });
        } catch (IOException e) {
            throw failure("the stream", "it cannot be written: " + FileErrors.reason(e), e);
        }
    }

    /**
     * Writes a short document of words (a heading, paragraphs, a table) to a file, completely or not
     * at all, on the pages of {@link #write(ProgressReport, Path)}: the supervision bulletin of
     * {@code workplan bulletin}.
     *
     * @param bulletin what the document says
     * @param target the .docx file, replaced when it exists
     * @throws WordException when a text cannot be stored (every one listed), or the file cannot be
     *     written (the target then unchanged)
     * @since 0.2.0
     */
    public void write(WordBulletin bulletin, Path target) {
        Objects.requireNonNull(bulletin, "bulletin");
        Objects.requireNonNull(target, "target");
        List<Problem> problems = WriteBulletin.problems(bulletin);
        if (!problems.isEmpty()) {
            throw new WordException("Cannot write " + target, problems, null);
        }
        try {
            AtomicFile.write(target, out -> WriteBulletin.write(bulletin, out));
        } catch (IOException e) {
            throw failure(target.toString(), "the file cannot be written: " + FileErrors.writeReason(target, e), e);
        }
    }

    private static TableGrid checked(ProgressReport report, String target) {
        TableGrid grid = TableGrid.of(Objects.requireNonNull(report, "report"));
        List<Problem> problems = WriteDocx.problems(grid);
        if (!problems.isEmpty()) {
            throw new WordException("Cannot write " + target, problems, null);
        }
        return grid;
    }

    private static WordException failure(String target, String reason, Throwable cause) {
        return new WordException("Cannot write " + target, List.of(Problem.builder().reason(reason).build()), cause);
    }
}
