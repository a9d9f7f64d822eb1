package io.workplan.excel;

import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lays a report out as the official sheet, as {@link ExcelReader}'s Javadoc describes the writer's
 * layout. A small stand-in for the ExcelWriter, for round-trip tests only.
 */
final class OfficialSheetLayout {
    private OfficialSheetLayout() {}

    static void write(ProgressReport report, Path file) throws IOException {
        List<Task> tasks = report.tasks();
        List<String> header = new ArrayList<>();
        List<Function<Task, Object>> values = new ArrayList<>();
        if (tasks.stream().anyMatch(t -> t.number().isPresent())) {
            header.add("序号");
            values.add(t -> t.number().isPresent() ? (Object) t.number().getAsInt() : null);
        }
        int categoryColumn = header.size();
        header.add("项目名称");
        values.add(t -> t.category().label());
        header.add("主要工作内容");
        values.add(Task::content);
        if (tasks.stream().anyMatch(t -> t.leader().isPresent())) {
            header.add("牵头领导");
            values.add(t -> t.leader().orElse("/"));
        }
        int leadColumn = header.size();
        header.add("牵头单位");
        values.add(t -> units(t.leadUnits(), "/"));
        if (tasks.stream().anyMatch(t -> !t.responsibleUnits().isEmpty())) {
            header.add("责任单位");
            values.add(t -> units(t.responsibleUnits(), null));
        }
        header.add("完成进度");
        values.add(t -> report.progressOf(t).orElseThrow());
        if (tasks.stream().anyMatch(t -> t.remark().isPresent())) {
            header.add("备注");
            values.add(t -> t.remark().orElse(null));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("主要任务");
            sheet.createRow(0).createCell(0).setCellValue(report.title());
            if (header.size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, header.size() - 1));
            }
            Row headerRow = sheet.createRow(1);
            for (int c = 0; c < header.size(); c++) {
                headerRow.createCell(c).setCellValue(header.get(c));
            }
            for (int i = 0; i < tasks.size(); i++) {
                Row row = sheet.createRow(i + 2);
                for (int c = 0; c < values.size(); c++) {
                    boolean merged = (c == categoryColumn || c == leadColumn) && i > 0
                            && values.get(c).apply(tasks.get(i)).equals(values.get(c).apply(tasks.get(i - 1)));
                    Object value = merged ? null : values.get(c).apply(tasks.get(i));
                    if (value != null) {
                        set(wb, row.createCell(c), value);
                    }
                }
            }
            for (int c : List.of(categoryColumn, leadColumn)) {
                int start = 0;
                for (int i = 1; i <= tasks.size(); i++) {
                    if (i == tasks.size() || !values.get(c).apply(tasks.get(i)).equals(values.get(c).apply(tasks.get(start)))) {
                        if (i - start > 1) {
                            sheet.addMergedRegion(new CellRangeAddress(start + 2, i + 1, c, c));
                        }
                        start = i;
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static String units(List<LeadUnit> units, String none) {
        return units.isEmpty() ? none : units.stream().map(LeadUnit::name).collect(Collectors.joining("、"));
    }

    private static void set(XSSFWorkbook wb, Cell cell, Object value) {
        if (value instanceof Integer) {
            cell.setCellValue((Integer) value);
        } else if (value instanceof Progress) {
            Progress p = (Progress) value;
            BigDecimal percent = p.percent().orElse(null);
            if (p.kind() == Progress.Kind.PERCENT && percent != null && p.text().equals(percent.toPlainString() + "%")) {
                CellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat(
                        percent.scale() > 0 ? "0." + "0".repeat(percent.scale()) + "%" : "0%"));
                cell.setCellStyle(style);
                cell.setCellValue(percent.movePointLeft(2).doubleValue());
            } else {
                cell.setCellValue(p.text());
            }
        } else {
            cell.setCellValue((String) value);
        }
    }
}
