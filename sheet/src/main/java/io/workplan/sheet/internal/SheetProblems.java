package io.workplan.sheet.internal;

import io.workplan.core.Problem;
import io.workplan.sheet.TableSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The problems of one sheet, in the order found, each with its file, sheet and cell: the first
 * {@code max} listed, the others counted ({@link io.workplan.sheet.TableReadOptions#maxProblems()}),
 * so that a damaged file cannot fill the memory with warnings.
 */
public final class SheetProblems {
    private final String source;
    private final String sheet;
    private final TableSource document;
    private final int table;
    private final int max;
    private final List<Problem> problems = new ArrayList<>();
    private boolean errors;
    private long unlisted;
    private long unlistedErrors;

    /**
     * An empty list for a table of a document.
     *
     * @param source the file's name
     * @param sheet the table's name
     * @param document the document, which adds what it knows of a cell's place
     * @param table the 0-based index of the table in the document
     * @param max the most problems listed, at least 1; the others are counted
     */
    public SheetProblems(String source, String sheet, TableSource document, int table, int max) {
        this.source = source;
        this.sheet = sheet;
        this.document = document;
        this.table = table;
        this.max = max;
    }

    /**
     * A problem builder with the file and sheet filled in.
     *
     * @return the builder
     */
    public Problem.Builder builder() {
        return Problem.builder().source(source).sheet(sheet);
    }

    /**
     * Records a problem of a cell.
     *
     * @param severity how grave it is
     * @param row the 0-based row
     * @param column the 0-based column
     * @param subject the column's header
     * @param rawText the cell's text, or {@code null} for none
     * @param reason why it is a problem
     */
    public void add(Problem.Severity severity, int row, int column, String subject, String rawText, String reason) {
        if (isFull()) {
            count(severity);
            return;
        }
        Problem.Builder b = builder().severity(severity).cell(Cells.ref(row, column)).reason(reason);
        document.locate(table, row, column, b);
        if (subject != null) {
            b.subject(subject);
        }
        if (rawText != null) {
            b.rawText(rawText);
        }
        add(b.build());
    }

    /**
     * Records a problem.
     *
     * @param problem the problem
     */
    public void add(Problem problem) {
        if (isFull()) {
            count(problem.severity());
            return;
        }
        errors |= problem.severity() == Problem.Severity.ERROR;
        problems.add(problem);
    }

    private void count(Problem.Severity severity) {
        countUnlisted(severity, 1);
    }

    /**
     * Whether no more problems are listed: those recorded now are only counted.
     *
     * @return whether the list is full
     */
    public boolean isFull() {
        return problems.size() >= max;
    }

    /**
     * Counts problems that are not listed, when {@link #isFull()}.
     *
     * @param severity how grave they are
     * @param count how many
     */
    public void countUnlisted(Problem.Severity severity, long count) {
        unlisted += count;
        if (severity == Problem.Severity.ERROR && count > 0) {
            unlistedErrors += count;
            errors = true;
        }
    }

    /**
     * Whether an error was recorded, listed or not.
     *
     * @return whether any problem is an error
     */
    public boolean hasErrors() {
        return errors;
    }

    /**
     * The problems so far: the first ones listed, then, when there were more, one problem saying how
     * many (an error when any of them is one).
     *
     * @return the problems, in order
     */
    public List<Problem> all() {
        if (unlisted == 0) {
            return problems;
        }
        List<Problem> all = new ArrayList<>(problems);
        all.add(builder().severity(unlistedErrors > 0 ? Problem.Severity.ERROR : Problem.Severity.WARNING)
                .reason(String.format(Locale.ROOT, "… and %,d more problems (%,d of them errors), not listed: only the"
                        + " first %,d are (TableReadOptions.maxProblems)", unlisted, unlistedErrors, max))
                .build());
        return all;
    }

    /**
     * The sheet's name.
     *
     * @return the name
     */
    public String sheet() {
        return sheet;
    }

    /**
     * The file's name.
     *
     * @return the name
     */
    public String source() {
        return source;
    }
}
