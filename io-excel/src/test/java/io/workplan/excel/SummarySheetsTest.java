package io.workplan.excel;

import static io.workplan.excel.WriterReports.open;
import static io.workplan.excel.WriterReports.sample;
import static io.workplan.excel.WriterReports.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workplan.core.aggregate.ColourScheme;
import io.workplan.core.aggregate.ScheduleRule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SummarySheetsTest {
    private static final DataFormatter SHOWN = new DataFormatter(Locale.ROOT);

    private static List<String> row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return IntStream.range(0, row.getLastCellNum()).mapToObj(c -> SHOWN.formatCellValue(row.getCell(c)))
                .collect(Collectors.toList());
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void byCategoryTasksMeanProgressAndStatusCounts(ExcelWriter.Format format) {
        Workbook workbook = open(write(ExcelWriter.create(), sample(), format));

        assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                .containsExactly(ExcelWriter.OFFICIAL_SHEET, "按类别汇总", "按牵头单位汇总");
        Sheet sheet = workbook.getSheet("按类别汇总");
        assertThat(row(sheet, 1)).containsExactly("项目名称", "任务数", "平均进度", "欠进度", "达进度", "超进度", "已完成", "其它");
        // Q2 expects 50 %. 主要经济指标: /, 52 %, 53.6 % (mean 52.8); (二)城市建设: ５２％, 53.6 % (52.8);
        // 民生实事: 已完成, 50.0 % (mean 50.0: the completed word names no percentage);
        // the report: 52, 53.6, 52, 53.6, 50.0, mean 52.24.
        assertThat(row(sheet, 2)).containsExactly("主要经济指标", "3", "52.8%", "0", "0", "2", "0", "1");
        assertThat(row(sheet, 3)).containsExactly("(二)城市建设", "2", "52.8%", "0", "0", "2", "0", "0");
        assertThat(row(sheet, 4)).containsExactly("民生实事", "2", "50.0%", "0", "1", "0", "1", "0");
        assertThat(row(sheet, 5)).containsExactly("合计", "7", "52.2%", "0", "1", "4", "1", "1");
        assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(0.528);
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void byLeadUnitATaskOfTwoUnitsCountsForEach(ExcelWriter.Format format) {
        Sheet sheet = open(write(ExcelWriter.create(), sample(), format)).getSheet("按牵头单位汇总");

        assertThat(row(sheet, 1).get(0)).isEqualTo("牵头单位");
        assertThat(IntStream.rangeClosed(2, sheet.getLastRowNum()).mapToObj(r -> row(sheet, r).get(0) + " " + row(sheet, r).get(1)))
                .containsExactly("区发改经信局 1", "区财政局 3", "区建设局 1", "区城管局 1", "区民政局 2", "合计 7");
    }

    @Test
    void theMeanIsFilledWithTheSchemesColourAndTheStatusHeadersWithTheirs() {
        ColourScheme<String> scheme = ColourScheme.notBehind("00FF00").behindUpTo(new BigDecimal("1"), "FFFF00").beyond("FF0000")
                .notAssessable("808080");
        ExcelWriter writer = ExcelWriter.create(ExcelWriterOptions.builder().colourScheme(scheme)
                .scheduleRule(ScheduleRule.standard().withExpected(new BigDecimal("52"))).build());
        Sheet sheet = open(write(writer, sample(), ExcelWriter.Format.XLSX)).getSheet("按类别汇总");

        // Against 52 %: 52.8 is not behind (green), 50.0 is 2 points behind (beyond the 1-point band: red).
        assertThat(fill(sheet.getRow(2).getCell(2))).isEqualTo("00FF00");
        assertThat(fill(sheet.getRow(4).getCell(2))).isEqualTo("FF0000");
        assertThat(fill(sheet.getRow(1).getCell(3))).isEqualTo("FF0000");
        assertThat(fill(sheet.getRow(1).getCell(4))).isEqualTo("00FF00");
        assertThat(fill(sheet.getRow(1).getCell(7))).isEqualTo("808080");
        assertThat(sheet.getRow(4).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
    }

    private static String fill(Cell cell) {
        return ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor().getARGBHex().substring(2);
    }

    @Test
    void aColourMustBeRgb() {
        assertThatThrownBy(() -> ExcelWriterOptions.builder().colourScheme(ColourScheme.notBehind("green").beyond("FF0000")).build())
                .isInstanceOf(io.workplan.core.ValidationException.class).hasMessageContaining("green");
    }

    @Test
    void theXlsxCategorySheetHoldsANativeBarChartOfTheMeans() throws IOException {
        byte[] bytes = write(ExcelWriter.create(), sample(), ExcelWriter.Format.XLSX);

        String chart = ExcelWriterTest.zipEntry(bytes, "xl/charts/chart1.xml");
        assertThat(chart).contains("<c:barChart>").contains("<c:barDir val=\"bar\"/>")
                .contains("'按类别汇总'!$A$3:$A$5").contains("'按类别汇总'!$C$3:$C$5")
                .contains("主要经济指标").contains("<c:v>0.528</c:v>");
        XSSFSheet sheet = (XSSFSheet) open(bytes).getSheet("按类别汇总");
        assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
    }

    @Test
    void theChartIsBelowTheTableOnAPageOfItsOwnWithTheExpectedShareAsASeries() throws IOException {
        byte[] bytes = write(ExcelWriter.create(), sample(), ExcelWriter.Format.XLSX);

        XSSFSheet sheet = (XSSFSheet) open(bytes).getSheet("按类别汇总");
        int total = 5;   // three categories from row 3, then 合计
        org.apache.poi.xssf.usermodel.XSSFClientAnchor anchor = (org.apache.poi.xssf.usermodel.XSSFClientAnchor)
                sheet.getDrawingPatriarch().getShapes().get(0).getAnchor();
        // below the table, within its columns: the table keeps the page's width to itself
        assertThat(anchor.getRow1()).isGreaterThan(total);
        assertThat((int) anchor.getCol1()).isZero();
        assertThat((int) anchor.getCol2()).isLessThanOrEqualTo(io.workplan.excel.internal.write.SummarySheet.COLUMNS);
        assertThat(sheet.getRowBreaks()).containsExactly(total);
        // fit to the width only: never every row squeezed onto one page
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
        assertThat(sheet.getWorkbook().getPrintArea(sheet.getWorkbook().getSheetIndex(sheet)))
                .startsWith("按类别汇总!$A$1:$H$");
        // the period's expected share (序时进度, 50 % in Q2) for each category, the reference beside each mean
        String chart = ExcelWriterTest.zipEntry(bytes, "xl/charts/chart1.xml");
        assertThat(chart).contains("序时进度").contains("<c:numLit>");
        String expected = chart.substring(chart.indexOf("<c:numLit>"), chart.indexOf("</c:numLit>"));
        assertThat(expected.split("<c:v>0.5</c:v>", -1)).hasSize(3 + 1);
    }

    @Test
    void theXlsWorkbookHasTheTablesWithoutAChart() {
        Workbook workbook = open(write(ExcelWriter.create(), sample(), ExcelWriter.Format.XLS));

        assertThat(workbook.getSheet("按类别汇总").getDrawingPatriarch()).isNull();
        assertThat(workbook.getSheet("按牵头单位汇总").getLastRowNum()).isEqualTo(7);
    }
}
