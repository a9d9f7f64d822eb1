package io.workplan.excel;

import io.workplan.sheet.ColumnRole;

import static io.workplan.excel.WriterReports.Q2;
import static io.workplan.excel.WriterReports.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportHead;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Writing entry by entry: the problems of every entry at the end, nothing written then; the caller's failures as they are. */
class EntryByEntryWriteTest {
    @TempDir
    Path dir;

    private static ProgressEntry entry(int number, String content, Progress progress, ReportingPeriod period, String remark) {
        Task.Builder task = Task.builder().number(number).category(Category.of("类别")).content(content)
                .leadUnits(List.of(LeadUnit.of("区财政局")));
        if (remark != null) {
            task.remark(remark);
        }
        return ProgressEntry.of(task.build(), period, progress);
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void everyProblemIsReportedAfterTheLastEntryAndTheFileIsUntouched(ExcelWriter.Format format) throws IOException {
        Path file = dir.resolve("report." + format.name().toLowerCase(java.util.Locale.ROOT));
        Files.writeString(file, "the previous report");
        ExcelWriteHead head = ExcelWriteHead.builder(ReportHead.builder().title(TITLE).period(Q2).build()).columns(ColumnRole.NUMBER).build();
        List<ProgressEntry> entries = List.of(
                entry(1, "任务一", Progress.parse("52%"), Q2, null),
                entry(2, "长".repeat(32_768), Progress.parse("52%"), Q2, null),
                entry(3, "任务三", Progress.parse("已完成"), Q2, "备注写在没有的列里"),
                entry(4, "任务四", Progress.parse("50%"), ReportingPeriod.quarter(2024, 3), null),
                entry(5, "任务\u0001五", Progress.parse("50%"), Q2, null));
        Iterator<ProgressEntry> iterator = entries.iterator();

        ExcelException e = catchThrowableOfType(ExcelException.class,
                () -> ExcelWriter.create().write(head, iterator, file));

        assertThat(iterator.hasNext()).as("every entry was taken").isFalse();
        assertThat(e.problems()).extracting(p -> p.cell().orElse("")).containsExactly("C4", "A5", "A6", "C7");
        assertThat(e.problems()).extracting(Problem::reason).satisfiesExactly(
                r -> assertThat(r).contains("32767"),
                r -> assertThat(r).contains("备注").contains("no such column"),
                r -> assertThat(r).contains("period"),
                r -> assertThat(r).contains("U+0001"));
        assertThat(Files.readString(file)).isEqualTo("the previous report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        catchThrowableOfType(ExcelException.class, () -> ExcelWriter.create().write(head, entries.iterator(), out, format));
        assertThat(out.size()).as("nothing is written to a stream").isZero();
    }

    @Test
    void aFailureOfTheCallersIteratorIsThrownAsItIsAndNothingIsLeft() throws IOException {
        Path file = dir.resolve("report.xlsx");
        IllegalStateException cursorClosed = new IllegalStateException("the cursor is closed");
        Iterator<ProgressEntry> failing = new Iterator<>() {
            private int taken;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ProgressEntry next() {
                if (taken++ == 2) {
                    throw cursorClosed;
                }
                return entry(taken, "任务" + taken, Progress.parse("52%"), Q2, null);
            }
        };
        ExcelWriteHead head = ExcelWriteHead.builder(ReportHead.builder().title(TITLE).period(Q2).build()).columns(ColumnRole.NUMBER).build();

        IllegalStateException thrown = catchThrowableOfType(IllegalStateException.class,
                () -> ExcelWriter.create().write(head, failing, file));

        assertThat(thrown).isSameAs(cursorClosed);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aReportAndItsEntriesWriteTheSameSheets() throws IOException {
        ProgressReport report = WriterReports.sample();
        Path whole = dir.resolve("whole.xlsx");
        Path streamed = dir.resolve("streamed.xlsx");
        ExcelWriter.create().write(report, whole);
        ExcelWriter.create().write(ExcelWriteHead.of(report), report.entries().iterator(), streamed);

        assertThat(cells(streamed)).isEqualTo(cells(whole));
    }

    @Test
    void aHeadFromWhatWasReadKeepsItsTitlePeriodSourceAndCategories() {
        ExcelReadSummary read = ExcelReadSummary.builder().head(io.workplan.core.ReportHead.builder().title(TITLE).period(Q2)
                .source("a.xlsx").categories(List.of(Category.of("甲"), Category.of("乙"))).build()).sheet("Sheet1").tasks(0).build();
        ExcelWriteHead head = ExcelWriteHead.builder(read).columns(ColumnRole.REMARK).build();
        assertThat(head.head().title()).isEqualTo(TITLE);
        assertThat(head.head().period()).contains(Q2);
        assertThat(head.head().source()).contains("a.xlsx");
        assertThat(head.head().categories()).containsExactly(Category.of("甲"), Category.of("乙"));
        assertThat(head.has(ColumnRole.REMARK)).isTrue();
        assertThat(head.has(ColumnRole.LEADER)).isFalse();
        assertThat(head.has(ColumnRole.CONTENT)).isTrue();
    }

    /** Every sheet's cells as text, with the merged regions and the column widths. */
    private static List<String> cells(Path file) throws IOException {
        List<String> all = new ArrayList<>();
        try (org.apache.poi.ss.usermodel.Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile())) {
            org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                all.add(sheet.getSheetName() + " " + sheet.getMergedRegions().stream().map(Object::toString)
                        .collect(Collectors.joining(",")));
                for (int c = 0; c < 10; c++) {
                    all.add("width " + c + " " + sheet.getColumnWidth(c));
                }
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    all.add(row.getRowNum() + " h" + row.getHeight());
                    row.forEach(cell -> all.add(cell.getAddress() + "=" + formatter.formatCellValue(cell)));
                }
            }
        }
        return all;
    }
}
