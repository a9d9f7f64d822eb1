package io.workplan.excel;

import org.apache.poi.ss.util.CellRangeAddress;

import static io.workplan.excel.WriterReports.TITLE;
import static io.workplan.excel.WriterReports.open;
import static io.workplan.excel.WriterReports.report;
import static io.workplan.excel.WriterReports.row;
import static io.workplan.excel.WriterReports.sample;
import static io.workplan.excel.WriterReports.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExcelWriterTest {
    private static final ExcelWriter OFFICIAL_ONLY =
            ExcelWriter.create(ExcelWriterOptions.builder().summarySheets(false).build());
    private static final DataFormatter SHOWN = new DataFormatter(Locale.ROOT);

    @TempDir
    Path dir;

    private static Sheet official(ExcelWriter writer, ProgressReport report, ExcelWriter.Format format) {
        Workbook workbook = open(write(writer, report, format));
        assertThat(workbook.getSheetName(0)).isEqualTo(ExcelWriter.OFFICIAL_SHEET);
        return workbook.getSheetAt(0);
    }

    private static String shown(Sheet sheet, String a1) {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(a1);
        Row row = sheet.getRow(ref.getRow());
        Cell cell = row == null ? null : row.getCell(ref.getCol());
        return cell == null ? "" : SHOWN.formatCellValue(cell);
    }

    private static List<String> merged(Sheet sheet) {
        return sheet.getMergedRegions().stream().map(r -> r.formatAsString()).sorted().collect(Collectors.toList());
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void titleHeaderAndTaskRows(ExcelWriter.Format format) {
        Sheet sheet = official(OFFICIAL_ONLY, sample(), format);

        assertThat(shown(sheet, "A1")).isEqualTo(TITLE);
        assertThat(IntStream.range(0, 5).mapToObj(c -> SHOWN.formatCellValue(sheet.getRow(1).getCell(c))))
                .containsExactly("序号", "项目名称", "主要工作内容", "牵头单位", "完成进度");
        assertThat(sheet.getRow(1).getLastCellNum()).isEqualTo((short) 5);
        assertThat(sheet.getLastRowNum()).isEqualTo(8);
        assertThat(List.of(shown(sheet, "A3"), shown(sheet, "B3"), shown(sheet, "C3"), shown(sheet, "D3"), shown(sheet, "E3")))
                .containsExactly("1", "主要经济指标", "地区生产总值增长5.5%。", "区发改经信局", "/");
        assertThat(shown(sheet, "B6")).isEqualTo("(二)城市建设");
        assertThat(shown(sheet, "D7")).isEqualTo("区建设局、区城管局");
        assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void mergesTheTitleAndRunsOfEqualCategoriesAndLeadUnits(ExcelWriter.Format format) {
        Sheet sheet = official(OFFICIAL_ONLY, sample(), format);

        // Categories: rows 3-5, 6-7, 8-9; lead units: 区财政局 rows 4-6 across a category boundary, 区民政局 8-9.
        assertThat(merged(sheet)).containsExactlyInAnyOrder("A1:E1", "B3:B5", "B6:B7", "B8:B9", "D4:D6", "D8:D9");
        assertThat(shown(sheet, "B4")).isEmpty();
        assertThat(shown(sheet, "D5")).isEmpty();
        assertThat(sheet.getRow(4).getCell(1).getCellStyle().getBorderLeft())
                .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void withoutMergingEveryRowHoldsItsValues(ExcelWriter.Format format) {
        ExcelWriter writer = ExcelWriter.create(ExcelWriterOptions.builder().mergeRuns(false).summarySheets(false).build());
        Sheet sheet = official(writer, sample(), format);

        assertThat(merged(sheet)).containsExactly("A1:E1");
        assertThat(shown(sheet, "B4")).isEqualTo("主要经济指标");
        assertThat(shown(sheet, "D5")).isEqualTo("区财政局");
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void percentagesAreNumbersWithTheirPublishedDecimalsAndOtherProgressIsText(ExcelWriter.Format format) {
        Sheet sheet = official(OFFICIAL_ONLY, sample(), format);

        Cell fiftyTwo = sheet.getRow(3).getCell(4);
        assertThat(fiftyTwo.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(fiftyTwo.getNumericCellValue()).isEqualTo(0.52);
        assertThat(fiftyTwo.getCellStyle().getDataFormatString()).isEqualTo("0%");
        Cell fiftyThreeSix = sheet.getRow(4).getCell(4);
        assertThat(fiftyThreeSix.getNumericCellValue()).isEqualTo(0.536);
        assertThat(fiftyThreeSix.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        Cell fiftyPointZero = sheet.getRow(8).getCell(4);
        assertThat(fiftyPointZero.getNumericCellValue()).isEqualTo(0.5);
        assertThat(SHOWN.formatCellValue(fiftyPointZero)).isEqualTo("50.0%");

        for (String a1 : List.of("E3", "E6", "E7", "E8")) {
            assertThat(sheet.getRow(new org.apache.poi.ss.util.CellReference(a1).getRow()).getCell(4).getCellType())
                    .as(a1).isEqualTo(CellType.STRING);
        }
        assertThat(List.of(shown(sheet, "E4"), shown(sheet, "E5"), shown(sheet, "E6"), shown(sheet, "E7"), shown(sheet, "E8")))
                .containsExactly("52%", "53.6%", "５２％", "53.6 %", "已完成");
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void textThatLooksLikeAFormulaIsText(ExcelWriter.Format format) {
        ProgressReport report = report(
                row(1, "类别", "=SUM(A1:A2)", "=A1", "=1+1"),
                row(2, "类别", "+1", "+区局", "+50%"),
                row(3, "类别", "-2", "-区局", "-"),
                row(4, "类别", "@cmd", "@区局", "@SUM(1)"));
        Sheet sheet = official(OFFICIAL_ONLY, report, format);

        for (int r = 2; r <= 5; r++) {
            for (int c = 2; c <= 4; c++) {
                Cell cell = sheet.getRow(r).getCell(c);
                assertThat(cell.getCellType()).as("row %d column %d", r, c).isEqualTo(CellType.STRING);
            }
        }
        assertThat(shown(sheet, "C3")).isEqualTo("=SUM(A1:A2)");
        assertThat(shown(sheet, "D3")).isEqualTo("=A1");
        assertThat(shown(sheet, "E6")).isEqualTo("@SUM(1)");
    }

    @Test
    void aXlsxWorkbookHoldsNoFormulaAtAll() throws IOException {
        ProgressReport report = report(row(1, "类别", "=SUM(A1:A2)", "=A1", "=1+1"), row(2, "类别", "@cmd", "+区局", "-"));
        byte[] bytes = write(OFFICIAL_ONLY, report, ExcelWriter.Format.XLSX);
        String sheetXml = zipEntry(bytes, "xl/worksheets/sheet1.xml");

        assertThat(sheetXml).contains("=SUM(A1:A2)").doesNotContain("<f>").doesNotContain("<f ");
    }

    /** An entry of a zip, read through its central directory as spreadsheet programs do. */
    static String zipEntry(byte[] bytes, String name) throws IOException {
        Path file = Files.createTempFile("workbook", ".zip");
        try {
            Files.write(file, bytes);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry(name);
                assertThat(entry).as(name).isNotNull();
                return new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void optionalColumnsOnlyWhenTheReportHasThem(ExcelWriter.Format format) {
        Task plain = Task.builder().category(Category.of("类别")).content("任务一").addLeadUnits(LeadUnit.of("区财政局")).build();
        Task full = Task.builder().category(Category.of("类别")).content("任务二").leader("王某")
                .addLeadUnits(LeadUnit.of("区财政局")).addResponsibleUnits(LeadUnit.of("各街道"), LeadUnit.of("区建设局"))
                .remark("备注文字").build();
        ProgressReport withAll = ProgressReport.builder().title(TITLE).period(WriterReports.Q2)
                .addEntries(ProgressEntry.of(plain, WriterReports.Q2, io.workplan.core.Progress.parse("已完成")))
                .addEntries(ProgressEntry.of(full, WriterReports.Q2, io.workplan.core.Progress.parse("10%")))
                .build();

        Sheet sheet = official(OFFICIAL_ONLY, withAll, format);
        assertThat(IntStream.range(0, sheet.getRow(1).getLastCellNum()).mapToObj(c -> SHOWN.formatCellValue(sheet.getRow(1).getCell(c))))
                .containsExactly("项目名称", "主要工作内容", "牵头领导", "牵头单位", "责任单位", "完成进度", "备注");
        assertThat(List.of(shown(sheet, "C3"), shown(sheet, "E3"), shown(sheet, "G3"))).containsExactly("/", "/", "");
        assertThat(List.of(shown(sheet, "C4"), shown(sheet, "E4"), shown(sheet, "G4"))).containsExactly("王某", "各街道、区建设局", "备注文字");
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void widthsFitChineseTextAndTheSheetPrintsOnA4Landscape(ExcelWriter.Format format) {
        Sheet sheet = official(OFFICIAL_ONLY, sample(), format);

        int number = sheet.getColumnWidth(0) / 256;
        int category = sheet.getColumnWidth(1) / 256;
        int content = sheet.getColumnWidth(2) / 256;
        // The longest content, 一般公共预算收入增长与经济增长同步。, is 18 Chinese characters: 36 units and a margin.
        assertThat(content).isEqualTo(38);
        assertThat(category).isGreaterThanOrEqualTo(14).isLessThanOrEqualTo(24);
        assertThat(number).isLessThan(category);
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getLandscape()).isTrue();
        assertThat(print.getFitWidth()).isEqualTo((short) 1);
        assertThat(print.getFitHeight()).isEqualTo((short) 0);
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("2:2"));
        assertThat(sheet.getRow(3).getCell(2).getCellStyle().getWrapText()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void aTextLongerThanACellHoldsIsRefusedBeforeAnythingIsWritten(ExcelWriter.Format format) throws IOException {
        String tooLong = "长".repeat(32_768);
        ProgressReport report = report(row(1, "类别", "任务一", "区财政局", "52%"), row(2, "类别", tooLong, "区财政局", "x".repeat(40_000)));
        Path file = dir.resolve("report." + format.name().toLowerCase(Locale.ROOT));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> OFFICIAL_ONLY.write(report, file))
                .isInstanceOfSatisfying(ExcelException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::cell).extracting(o -> o.orElse(""))
                            .containsExactly("C4", "E4");
                    assertThat(e.problems().get(0).subject()).hasValue("主要工作内容");
                    assertThat(e.problems().get(0).reason()).contains("32768").contains("32767");
                });
        assertThatThrownBy(() -> OFFICIAL_ONLY.write(report, out, format)).isInstanceOf(ExcelException.class);
        assertThat(out.size()).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void aProgressWhoseTextDoesNotShowItsFigureIsRefusedAtItsCell(ExcelWriter.Format format) {
        ProgressReport parsed = report(row(1, "类别", "任务一", "区财政局", "52%"), row(2, "类别", "任务二", "区财政局", "60%"));
        Task second = parsed.entries().get(1).task();
        ProgressReport report = ProgressReport.builder().from(parsed).entries(List.of(parsed.entries().get(0),
                ProgressEntry.of(second, parsed.period(), Progress.builder().kind(Progress.Kind.PERCENT)
                        .percent(new BigDecimal("10")).text("60%").build()))).build();

        assertThatThrownBy(() -> write(OFFICIAL_ONLY, report, format))
                .isInstanceOfSatisfying(ExcelException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.cell()).hasValue("E4");
                    assertThat(p.reason()).contains("would read back as PERCENT(60%)");
                }));
    }

    @Test
    void aCharacterNoWorkbookCanStoreIsRefused() {
        ProgressReport report = report(row(1, "类别", "任务\u0001一", "区财政局", "52%"));

        assertThatThrownBy(() -> write(OFFICIAL_ONLY, report, ExcelWriter.Format.XLSX))
                .isInstanceOfSatisfying(ExcelException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.toString()).contains("主要工作内容!C3".substring(7)).contains("U+0001")));
    }

    @Test
    void aUnitWhoseNameHoldsASeparatorIsRefused() {
        Task task = Task.builder().category(Category.of("类别")).content("任务").addLeadUnits(LeadUnit.of("区财政局、区建设局")).build();
        ProgressReport report = ProgressReport.builder().title(TITLE).period(WriterReports.Q2)
                .addEntries(ProgressEntry.of(task, WriterReports.Q2, io.workplan.core.Progress.parse("/"))).build();

        assertThatThrownBy(() -> write(OFFICIAL_ONLY, report, ExcelWriter.Format.XLS))
                .isInstanceOfSatisfying(ExcelException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.cell()).hasValue("C3")));
    }

    @Test
    void aXlsWorkbookRefusesMoreTasksThanItsSheetHolds() {
        Category category = Category.of("类别");
        List<LeadUnit> units = List.of(LeadUnit.of("区财政局"));
        io.workplan.core.Progress progress = io.workplan.core.Progress.parse("1%");
        List<ProgressEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 65_535; i++) {
            Task task = Task.builder().number(i).category(category).content("任务" + i).leadUnits(units).build();
            entries.add(ProgressEntry.of(task, WriterReports.Q2, progress));
        }
        ProgressReport report = ProgressReport.builder().title(TITLE).period(WriterReports.Q2).entries(entries).build();

        assertThatThrownBy(() -> write(OFFICIAL_ONLY, report, ExcelWriter.Format.XLS))
                .isInstanceOfSatisfying(ExcelException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.reason()).contains("65535 tasks").contains("at most 65534")));
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void aFileIsReplacedWholeAndNoTemporaryFileRemains(ExcelWriter.Format format) throws IOException {
        Path file = dir.resolve("report." + format.name().toLowerCase(Locale.ROOT));
        Files.writeString(file, "an older report");

        OFFICIAL_ONLY.write(sample(), file);

        try (Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile())) {
            assertThat(shown(workbook.getSheetAt(0), "A1")).isEqualTo(TITLE);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(ExcelWriter.Format.of(file)).isEqualTo(format);
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void theReportsAttributesWithoutACellAreDocumentProperties(ExcelWriter.Format format) throws IOException {
        ProgressReport report = ProgressReport.builder().from(sample()).region("杭州市拱墅区")
                .publishedOn(java.time.LocalDate.of(2024, 7, 23)).source("https://www.gongshu.gov.cn/").build();
        Path file = dir.resolve("report." + format.name().toLowerCase(Locale.ROOT));
        OFFICIAL_ONLY.write(report, file);

        try (Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile())) {
            if (workbook instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook) {
                org.apache.poi.ooxml.POIXMLProperties properties = ((org.apache.poi.xssf.usermodel.XSSFWorkbook) workbook).getProperties();
                assertThat(properties.getCoreProperties().getTitle()).isEqualTo(TITLE);
                assertThat(properties.getCustomProperties().getProperty("workplan.region").getLpwstr()).isEqualTo("杭州市拱墅区");
                assertThat(properties.getCustomProperties().getProperty("workplan.publishedOn").getLpwstr()).isEqualTo("2024-07-23");
            } else {
                org.apache.poi.hssf.usermodel.HSSFWorkbook hssf = (org.apache.poi.hssf.usermodel.HSSFWorkbook) workbook;
                assertThat(hssf.getSummaryInformation().getTitle()).isEqualTo(TITLE);
                assertThat(hssf.getDocumentSummaryInformation().getCustomProperties().get("workplan.source"))
                        .isEqualTo("https://www.gongshu.gov.cn/");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void textIsStoredVerbatim(ExcelWriter.Format format) {
        List<String> texts = List.of("A_x0041_B", " 前后 空格 ", "\t已完成\r\n", "😀𠀀한국어", "\"引号\"<b>&amp;", "_x005F_x0041_");
        Object[][] rows = new Object[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            rows[i] = row(i + 1, "类别", "任务" + texts.get(i), "区财政局", texts.get(i));
        }
        Sheet sheet = official(OFFICIAL_ONLY, report(rows), format);

        for (int i = 0; i < texts.size(); i++) {
            assertThat(sheet.getRow(2 + i).getCell(4).getStringCellValue()).isEqualTo(texts.get(i));
            assertThat(sheet.getRow(2 + i).getCell(2).getStringCellValue()).isEqualTo(("任务" + texts.get(i)).strip());
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"out.csv", "out.json", "out", "out.xlsm", "out.xls.bak"})
    void aNameThatIsNoWorkbooksIsRefusedAndNothingIsWritten(String name) {
        Path file = dir.resolve(name);

        assertThatThrownBy(() -> OFFICIAL_ONLY.write(sample(), file)).isInstanceOf(ExcelException.class)
                .hasMessageContaining("Cannot write " + file)
                .hasMessageContaining("does not end with .xlsx or .xls");
        assertThat(file).doesNotExist();
        assertThat(ExcelWriter.Format.of(dir.resolve("OUT.XLSX"))).isEqualTo(ExcelWriter.Format.XLSX);
    }

    @Test
    void aWorkbookIsWrittenUnderAnyNameWhenTheFormatIsGiven() throws IOException {
        Path file = dir.resolve("report.data");

        OFFICIAL_ONLY.write(sample(), file, ExcelWriter.Format.XLSX);

        try (Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile())) {
            assertThat(shown(workbook.getSheetAt(0), "A1")).isEqualTo(TITLE);
        }
    }
}
