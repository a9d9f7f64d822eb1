package io.workplan.sheet.internal;

import io.workplan.core.Problem;
import io.workplan.sheet.TableSource;
import java.util.ArrayList;
import java.util.List;

/** The problems of one sheet, in the order found, each with its file, sheet and cell. */
public final class SheetProblems {
    private final String source;
    private final String sheet;
    private final TableSource document;
    private final int table;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * An empty list for a table of a document.
     *
     * @param source the file's name
     * @param sheet the table's name
     * @param document the document, which adds what it knows of a cell's place
     * @param table the 0-based index of the table in the document
     */
    public SheetProblems(String source, String sheet, TableSource document, int table) {
        this.source = source;
        this.sheet = sheet;
        this.document = document;
        this.table = table;
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
        Problem.Builder b = builder().severity(severity).cell(Cells.ref(row, column)).reason(reason);
        document.locate(table, row, column, b);
        if (subject != null) {
            b.subject(subject);
        }
        if (rawText != null) {
            b.rawText(rawText);
        }
        problems.add(b.build());
    }

    /**
     * Records a problem.
     *
     * @param problem the problem
     */
    public void add(Problem problem) {
        problems.add(problem);
    }

    /**
     * Whether an error was recorded.
     *
     * @return whether any problem is an error
     */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /**
     * The problems so far.
     *
     * @return the problems, in order
     */
    public List<Problem> all() {
        return problems;
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
