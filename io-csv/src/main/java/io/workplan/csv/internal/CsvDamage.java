package io.workplan.csv.internal;

import io.workplan.core.Problem;
import java.io.IOException;

/**
 * What is wrong with a CSV file at a place: thrown by the decoding and the parsing (an {@link
 * IOException}, so that it passes through Commons CSV and the table reader), turned into a problem
 * of the reader's exception.
 */
public final class CsvDamage extends IOException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final String cell;

    /**
     * A damage of the whole file.
     *
     * @param reason why the file cannot be read
     * @param cause the exception behind it, or {@code null}
     */
    public CsvDamage(String reason, Throwable cause) {
        this(0, null, reason, cause);
    }

    /**
     * A damage at a line, and possibly a cell.
     *
     * @param line the 1-based line, or 0 when unknown
     * @param cell the A1 cell, or {@code null}
     * @param reason why it cannot be read
     * @param cause the exception behind it, or {@code null}
     */
    public CsvDamage(int line, String cell, String reason, Throwable cause) {
        super(reason, cause);
        this.line = line;
        this.cell = cell;
    }

    /**
     * The line of the damage.
     *
     * @return the 1-based line, or 0 when unknown
     */
    public int line() {
        return line;
    }

    /**
     * The same damage at a line, when it has none yet.
     *
     * @param recordLine the first line of the record being read
     * @return this damage, or a copy at that line
     */
    public CsvDamage atLine(int recordLine) {
        return line > 0 || recordLine <= 0 ? this : new CsvDamage(recordLine, cell, getMessage(), getCause());
    }

    /**
     * The damage as a problem.
     *
     * @param source the file's name
     * @param table the table's name, given with a line or cell
     * @return the problem
     */
    public Problem problem(String source, String table) {
        Problem.Builder b = Problem.builder().source(source).reason(getMessage());
        if (cell != null) {
            b.sheet(table).cell(cell);
        }
        if (line > 0) {
            b.line(line);
        }
        return b.build();
    }
}
