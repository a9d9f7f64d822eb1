package io.workplan.excel;


import static io.workplan.excel.Workbooks.TITLE;
import static io.workplan.excel.Workbooks.sheet;
import static io.workplan.excel.Workbooks.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workplan.core.Category;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ReportingPeriod;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading entry by entry: what the consumer gets, when, and what happens when it throws. */
class EntryByEntryTest {

    @TempDir
    Path dir;

    private Path threeTasks() throws Exception {
        return table(dir, "three.xlsx",
                new Object[] {1, "(一)指标", "甲。", "区财政局", "50%"},
                new Object[] {2, null, "乙。", null, "正常推进"},
                new Object[] {3, "(二)项目", "丙。", "区发改局", "100%"});
    }

    private static ExcelReader reader(boolean streaming) {
        return new ExcelReader(ExcelReadOptions.builder().streaming(streaming).build());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void eachEntryIsHandedOverInTheSheetsOrderWithTheHeadAfter(boolean streaming) throws Exception {
        List<ProgressEntry> entries = new ArrayList<>();
        ExcelReadSummary summary;
        try (InputStream in = Files.newInputStream(threeTasks())) {
            summary = reader(streaming).read(in, entries::add);
        }
        assertThat(entries).extracting(e -> e.task().content()).containsExactly("甲。", "乙。", "丙。");
        assertThat(entries).extracting(e -> e.period().orElseThrow()).containsOnly(ReportingPeriod.quarter(2024, 2));
        assertThat(entries.get(1).task().leadUnits()).isEqualTo(entries.get(0).task().leadUnits());
        assertThat(summary.head().title()).isEqualTo(TITLE);
        assertThat(summary.head().source()).contains("workbook");
        assertThat(summary.sheet()).isEqualTo("Sheet1");
        assertThat(summary.head().categories()).containsExactly(Category.of("(一)", "指标"), Category.of("(二)", "项目"));
        assertThat(summary.tasks()).isEqualTo(3);
        assertThat(summary.warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void whatTheConsumerThrowsStopsTheReadingAndComesOutUnchanged(boolean streaming) throws Exception {
        Path file = threeTasks();
        IllegalStateException thrown = new IllegalStateException("the consumer's own failure");
        List<ProgressEntry> seen = new ArrayList<>();
        Throwable caught = catchThrowable(() -> reader(streaming).read(file, e -> {
            seen.add(e);
            if (seen.size() == 2) {
                throw thrown;
            }
        }));
        assertThat(caught).isSameAs(thrown);
        assertThat(seen).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void inStrictModeAProblemFoundLateIsThrownAfterTheEntriesWereHandedOver(boolean streaming) throws Exception {
        Path file = sheet(dir, "late.xlsx", new Object[] {TITLE},
                new Object[] {"项目名称", "主要工作内容", "牵头单位", "完成进度"},
                new Object[] {"指标", "甲。", "区财政局", "50%"},
                new Object[] {null, "乙。", null, "60%"},
                new Object[] {null, "甲。", null, "70%"});
        List<ProgressEntry> entries = new ArrayList<>();
        ExcelException e = catchThrowableOfType(ExcelException.class, () -> reader(streaming).read(file, entries::add));
        assertThat(entries).extracting(x -> x.task().content()).containsExactly("甲。", "乙。");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.cell()).contains("B5");
            assertThat(p.reason()).startsWith("the same task is listed twice: B3 has it too");
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theProgressListenerIsToldTheEndOfTheSheet(boolean streaming) throws Exception {
        List<long[]> calls = new ArrayList<>();
        ExcelReader reader = new ExcelReader(ExcelReadOptions.builder().streaming(streaming)
                .progressListener((rows, total) -> calls.add(new long[] {rows, total})).build());
        reader.read(threeTasks(), e -> { });
        assertThat(calls).singleElement().satisfies(c -> assertThat(c).containsExactly(5, 5));
    }

    @Test
    void richTextInTheSharedStringsReadsAsItsPlainTextInBothModes() throws Exception {
        Path file = Workbooks.save(dir, "rich.xlsx", wb -> {
            Workbooks.rows(wb.createSheet("Sheet1"), new Object[] {TITLE},
                    new Object[] {"项目名称", "主要工作内容", "牵头单位", "完成进度"},
                    new Object[] {"指标", null, "区财政局", "50%"});
            var rich = new org.apache.poi.xssf.usermodel.XSSFRichTextString("加粗的任务，普通的尾巴。");
            var bold = wb.createFont();
            bold.setBold(true);
            rich.applyFont(0, 5, bold);
            wb.getSheetAt(0).getRow(2).createCell(1).setCellValue(rich);
        });
        ExcelReadResult result = Workbooks.readBoth(file);
        assertThat(result.report().tasks()).extracting(t -> t.content()).containsExactly("加粗的任务，普通的尾巴。");
    }
}
