package io.workplan.excel;

import io.workplan.core.Problem;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.aggregate.ScheduleRule;
import io.workplan.core.aggregate.Summary;
import io.workplan.core.internal.AtomicFile;
import io.workplan.core.internal.FileErrors;
import io.workplan.excel.internal.write.MeanProgressChart;
import io.workplan.excel.internal.PoiTempFiles;
import io.workplan.excel.internal.write.SummarySheet;
import io.workplan.excel.internal.write.Styles;
import io.workplan.excel.internal.write.WrittenWorkbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.immutables.value.Value;

/**
 * A workbook of summary tables already summed up, in the look of the summary sheets of {@link
 * ExcelWriter} (the same styles, colours and chart): the roll-up of many reports, a table of the
 * regions with a chart comparing their mean progress, then a table for each region.
 *
 * <pre>{@code
 * SummaryWorkbook.write(Path.of("regions.xlsx"), "2024年第二季度各地区", rule, Optional.empty(), List.of(
 *     SummaryWorkbook.Table.builder().sheetName("按地区汇总").keyHeader("地区").rows(rows).total(total)
 *         .chartTitle("各地区平均完成进度").build()));
 * }</pre>
 *
 * <p>Written completely or not at all, as every writer of workplan.
 *
 * @since 0.2.0
 */
public final class SummaryWorkbook {
    private SummaryWorkbook() {}

    /**
     * A table of the workbook, a sheet of its own: a row per group (its label, tasks, mean progress
     * coloured against the schedule, a count per schedule status), then the total.
     */
    @Value.Immutable
    public abstract static class Table {

        Table() {}

        /**
         * A new builder; the sheet's name, the first column's header and the total are required.
         *
         * @return a builder of tables
         */
        public static Builder builder() {
            return new Builder();
        }

        /** @return the sheet's name (made safe for Excel: at most 31 characters, none of {@code []:*?/\}) */
        public abstract String sheetName();

        /** @return the header of the first column: 地区, 牵头单位 */
        public abstract String keyHeader();

        /** @return the groups, each its label and figures, in order */
        public abstract List<Map.Entry<String, Summary>> rows();

        /** @return the figures of all the groups together */
        public abstract Summary total();

        /** @return the title of a bar chart of the rows' mean progress beside the table, or none for no chart */
        public abstract Optional<String> chartTitle();

        /**
         * Builds a {@link Table}. One setter per attribute, named as its accessor (which documents it); {@code
         * addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value
         * and reports every problem at once in a {@link io.workplan.core.ValidationException}.
         */
        public static final class Builder extends ImmutableTable.Builder {
            Builder() {}

        }
    }

    /**
     * Writes the tables to an .xlsx file, each a sheet in order, completely or not at all.
     *
     * @param target the .xlsx file, replaced when it exists
     * @param title the title above every table (each sheet's row 1, with the sheet's name) and the document's
     * @param rule how the mean progress of each row is coloured against the schedule
     * @param period the period the rule judges by, or none (the rule's expected share)
     * @param tables the tables
     * @throws ExcelException when the file cannot be written (the target then unchanged)
     */
    public static void write(Path target, String title, ScheduleRule rule, Optional<ReportingPeriod> period, List<Table> tables) {
        Objects.requireNonNull(target, "target");
        ExcelWriteHead head = ExcelWriteHead.builder(io.workplan.core.ReportHead.builder().title(title).period(period).build()).build();
        ExcelWriterOptions options = ExcelWriterOptions.builder().build();
        try {
            AtomicFile.write(target, out -> PoiTempFiles.run(() -> {
                try (WrittenWorkbook workbook = WrittenWorkbook.xlsx(options.rowWindow())) {
                    Styles styles = new Styles(workbook.workbook());
                    Set<String> names = new HashSet<>();
                    for (Table table : tables) {
                        try (SummarySheet sheets = new SummarySheet(head, rule, options.colourScheme(), styles)) {
                            List<SummarySheet.Line> lines = new ArrayList<>();
                            table.rows().forEach(r -> lines.add(SummarySheet.Line.of(r.getKey(), r.getValue())));
                            Sheet sheet = sheets.write(workbook.workbook(), unique(table.sheetName(), names), table.keyHeader(), lines,
                                    SummarySheet.Line.of(SummarySheet.TOTAL, table.total()));
                            if (table.chartTitle().isPresent()) {
                                MeanProgressChart.draw((SXSSFWorkbook) workbook.workbook(), sheet, sheets, lines,
                                        table.chartTitle().get());
                            }
                        }
                    }
                    workbook.describe(head.head());
                    workbook.writeTo(out);
                } catch (RuntimeException e) {
                    IOException file = PoiTempFiles.fileFailure(e);
                    if (file != null) {
                        throw file;
                    }
                    throw e;
                }
            }));
        } catch (IOException e) {
            throw new ExcelException("Cannot write " + target, List.of(Problem.builder().source(target.toString())
                    .reason("the file cannot be written: " + FileErrors.writeReason(target, e)).build()), e);
        }
    }

    /** A sheet name Excel takes, not yet used: the name made safe, then numbered when taken. */
    private static String unique(String name, Set<String> used) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        String candidate = safe;
        for (int n = 2; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }
}
