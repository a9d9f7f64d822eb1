package io.workplan.sheet.internal;

import io.workplan.core.Problem;
import io.workplan.core.internal.Text;
import io.workplan.sheet.CellText;
import io.workplan.sheet.RowVisitor;
import io.workplan.sheet.TableSource;
import io.workplan.sheet.ColumnRole;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import io.workplan.sheet.MergedRange;

/**
 * Where a sheet's table is: the header row, the column of each {@link ColumnRole}, and the title
 * rows above the header. Found by {@link #detect(String, List, HeaderVocabulary)} from the first
 * rows of the sheet.
 */
public final class SheetLayout {
    /** How far down a header is looked for. */
    public static final int HEADER_SEARCH_ROWS = 30;

    private final String sheet;
    private final int headerRow;
    private final Map<ColumnRole, Integer> columns;
    private final int categoryNameColumn;
    private final Map<Integer, String> headers;
    private final List<String> titleRows;
    private final Map<Integer, ColumnRole> duplicates;

    private SheetLayout(String sheet, int headerRow, Map<ColumnRole, Integer> columns, int categoryNameColumn,
            Map<Integer, String> headers, List<String> titleRows, Map<Integer, ColumnRole> duplicates) {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.columns = Collections.unmodifiableMap(columns);
        this.categoryNameColumn = categoryNameColumn;
        this.headers = Collections.unmodifiableMap(headers);
        this.titleRows = List.copyOf(titleRows);
        this.duplicates = duplicates;
    }

    /**
     * The layout of a sheet of a workbook, from its first {@link #HEADER_SEARCH_ROWS} rows.
     *
     * @param workbook the workbook
     * @param sheet the 0-based index of the sheet
     * @param vocabulary the header words
     * @return the layout, or empty when no row is a header
     * @throws IOException when the file cannot be read
     */
    public static Optional<SheetLayout> find(TableSource workbook, int sheet, HeaderVocabulary vocabulary)
            throws IOException {
        List<Map.Entry<Integer, CellText[]>> rows = new ArrayList<>();
        workbook.read(sheet, new RowVisitor() {
            @Override
            public boolean row(int row, CellText[] cells) {
                if (row >= HEADER_SEARCH_ROWS) {
                    return false;
                }
                rows.add(Map.entry(row, cells));
                return true;
            }

            @Override
            public void merged(MergedRange range) {
                // the header is found by its words alone
            }
        });
        return detect(workbook.tableNames().get(sheet), rows, vocabulary);
    }

    /**
     * The layout of a sheet from its first rows: the first row that names at least three known
     * columns, or two of which one is the content or the progress, is the header.
     *
     * @param sheet the sheet's name
     * @param rows the first rows of the sheet (index, cells), at most {@link #HEADER_SEARCH_ROWS}
     * @param vocabulary the header words
     * @return the layout, or empty when no row is a header
     */
    public static Optional<SheetLayout> detect(String sheet, List<Map.Entry<Integer, CellText[]>> rows,
            HeaderVocabulary vocabulary) {
        List<String> titles = new ArrayList<>();
        for (Map.Entry<Integer, CellText[]> row : rows) {
            CellText[] cells = row.getValue();
            Map<ColumnRole, Integer> columns = new EnumMap<>(ColumnRole.class);
            Map<Integer, String> headers = new LinkedHashMap<>();
            Map<Integer, ColumnRole> duplicates = new LinkedHashMap<>();
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] == null || cells[c].isBlank()) {
                    continue;
                }
                headers.put(c, Text.key(cells[c].text()));
                int column = c;
                vocabulary.column(cells[c].text()).ifPresent(role -> {
                    if (columns.putIfAbsent(role, column) != null) {
                        duplicates.put(column, role);
                    }
                });
            }
            boolean header = columns.size() >= 3 || (columns.size() == 2
                    && (columns.containsKey(ColumnRole.CONTENT) || columns.containsKey(ColumnRole.PROGRESS)));
            if (header) {
                if (columns.containsKey(ColumnRole.RESPONSIBLE_UNITS) && !columns.containsKey(ColumnRole.LEAD_UNITS)) {
                    columns.put(ColumnRole.LEAD_UNITS, columns.remove(ColumnRole.RESPONSIBLE_UNITS));
                }
                int nameColumn = -1;
                Integer category = columns.get(ColumnRole.CATEGORY);
                if (category != null && !headers.containsKey(category + 1)
                        && headers.keySet().stream().anyMatch(c -> c > category + 1)) {
                    nameColumn = category + 1;
                }
                return Optional.of(new SheetLayout(sheet, row.getKey(), columns, nameColumn, headers, titles, duplicates));
            }
            for (CellText cell : cells) {
                if (cell != null && !cell.isBlank()) {
                    titles.add(Cells.strip(cell.text()));
                    break;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The problems of the header: a required column missing (naming the columns found), or a
     * column named twice.
     *
     * @param problems where to record them
     */
    public void check(SheetProblems problems) {
        for (ColumnRole column : ColumnRole.values()) {
            if (column.isRequired() && !columns.containsKey(column)) {
                problems.add(problems.builder().cell(Cells.ref(headerRow, 0))
                        .rawText(String.join(" | ", headers.values()))
                        .reason("the header has no column for " + words(column) + "; the columns found are "
                                + (headers.isEmpty() ? "none" : String.join(", ", headers.values())))
                        .build());
            }
        }
        duplicates.forEach((c, role) -> problems.add(Problem.Severity.ERROR, headerRow, c, headers.get(c), headers.get(c),
                "a second column for " + words(role) + " (the first is " + Cells.ref(headerRow, columns.get(role == ColumnRole.RESPONSIBLE_UNITS && !columns.containsKey(role) ? ColumnRole.LEAD_UNITS : role)) + "); this one is not read"));
    }

    private static String words(ColumnRole column) {
        return HeaderVocabulary.words(column);
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
     * The 0-based index of the header row.
     *
     * @return the header row
     */
    public int headerRow() {
        return headerRow;
    }

    /**
     * The 0-based column of a role.
     *
     * @param column the role
     * @return its column, when the sheet has it
     */
    public java.util.OptionalInt column(ColumnRole column) {
        Integer c = columns.get(column);
        return c == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(c);
    }

    /**
     * Whether the sheet has every required column.
     *
     * @return whether it is complete
     */
    public boolean isComplete() {
        return columns.containsKey(ColumnRole.CONTENT) && columns.containsKey(ColumnRole.PROGRESS);
    }

    /**
     * The column of the category's name when the category header spans two columns (the first
     * holding the enumerator).
     *
     * @return the 0-based column, or -1
     */
    public int categoryNameColumn() {
        return categoryNameColumn;
    }

    /**
     * The header of a column, as a key (blanks and line breaks removed).
     *
     * @param column the 0-based column
     * @return the header, or {@code null} for a column without one
     */
    public String header(int column) {
        String h = headers.get(column);
        if (h == null && column == categoryNameColumn) {
            return headers.get(column - 1);
        }
        return h;
    }

    /**
     * The texts of the rows above the header (their first non-blank cell), top down.
     *
     * @return the title rows
     */
    public List<String> titleRows() {
        return titleRows;
    }

    /**
     * Whether a merged range lies in a column whose blanks mean "same as above", below the header.
     *
     * @param range a merged range
     * @return whether it concerns a filled-down column
     */
    public boolean isFillDown(MergedRange range) {
        return range.firstRow() > headerRow && fillDownColumns().stream().anyMatch(range::containsColumn);
    }

    /**
     * The columns whose blanks mean "same as above": category (both its columns), lead units, leader.
     *
     * @return the 0-based columns
     */
    public List<Integer> fillDownColumns() {
        List<Integer> list = new ArrayList<>();
        for (ColumnRole c : List.of(ColumnRole.CATEGORY, ColumnRole.LEAD_UNITS, ColumnRole.LEADER)) {
            column(c).ifPresent(list::add);
        }
        if (categoryNameColumn >= 0) {
            list.add(categoryNameColumn);
        }
        return list;
    }
}
