package io.workplan.files;

import io.workplan.core.ProgressEntry;
import io.workplan.core.ReportHead;
import io.workplan.excel.ExcelWriteHead;
import io.workplan.sheet.ColumnRole;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The first pass of a conversion to a workbook entry by entry: which optional columns the tasks
 * need, and whether any has a category, as {@link ExcelWriteHead#of(io.workplan.core.ProgressReport)}
 * decides them for a whole report, so that both write the same workbook.
 */
final class SheetColumns implements Consumer<ProgressEntry> {
    private final Set<ColumnRole> columns = EnumSet.noneOf(ColumnRole.class);
    private boolean anyCategory;

    @Override
    public void accept(ProgressEntry entry) {
        anyCategory |= entry.task().category().isPresent();
        columns.addAll(ExcelWriteHead.columnsOf(entry.task()));
    }

    /** The workbook's head for a report's head and the tasks seen. */
    ExcelWriteHead head(ReportHead head) {
        return ExcelWriteHead.builder(head).addAllColumns(columns).categoryColumn(anyCategory).build();
    }
}
