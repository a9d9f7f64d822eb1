package io.workplan.excel.internal.write;

import org.apache.poi.ss.util.CellRangeAddress;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native bar chart (DrawingML, through POI's XDDF) of the mean progress of each category, with the
 * period's expected share (序时进度) of each as a second series for reference, below the summary table
 * and on a page of its own (a row break after the table), in .xlsx only: the .xls format has no chart
 * POI can write. The table keeps the page's width to itself: a chart beside it made the printing
 * shrink both onto one page.
 *
 * <p>The chart refers to the table's cells and carries their values as its cache, so that programs
 * that do not recalculate (LibreOffice, WPS, previewers) draw it as Excel does; the expected shares,
 * in no cell of the table, are the chart's own values. It is drawn on the {@link XSSFSheet} behind a
 * streamed sheet: drawings are not rows and are not streamed.
 */
public final class MeanProgressChart {
    /** The bars' colour. */
    private static final byte[] BAR = {(byte) 0x4F, (byte) 0x81, (byte) 0xBD};
    /** The colour of the expected share's bars: grey, a reference. */
    private static final byte[] EXPECTED = {(byte) 0xA6, (byte) 0xA6, (byte) 0xA6};
    /** The title of the expected share's series. */
    public static final String EXPECTED_SERIES = "序时进度";
    /** The chart's height in rows: enough for its bars, at most what a page holds. */
    private static final int MIN_ROWS = 20;
    private static final int MAX_ROWS = 30;

    private MeanProgressChart() {}

    /**
     * Draws the chart below a summary table whose rows 3 and below hold the categories (column A)
     * and their mean progress (column C), then the total, on the next page: the table's width.
     *
     * @param workbook the streamed workbook
     * @param sheet the summary sheet
     * @param summaries the summary sheets' figures, for the expected shares
     * @param lines the table's rows, without the total
     */
    public static void draw(SXSSFWorkbook workbook, Sheet sheet, SummarySheet summaries, List<SummarySheet.Line> lines) {
        draw(workbook, sheet, summaries, lines, "各类别平均完成进度");
    }

    /**
     * Draws the chart of {@link #draw(SXSSFWorkbook, Sheet, SummarySheet, List)} under a title of the caller's.
     *
     * @param workbook the streamed workbook
     * @param sheet the summary sheet
     * @param summaries the summary sheets' figures, for the expected shares
     * @param lines the table's rows, without the total
     * @param title the chart's title: 各地区平均完成进度
     */
    public static void draw(SXSSFWorkbook workbook, Sheet sheet, SummarySheet summaries, List<SummarySheet.Line> lines, String title) {
        if (lines.isEmpty()) {
            return;
        }
        XSSFSheet xssf = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
        int totalRow = 2 + lines.size();
        int top = totalRow + 2;
        int height = Math.min(MAX_ROWS, Math.max(MIN_ROWS, 2 + lines.size()));
        sheet.setRowBreak(totalRow);   // the chart on a page of its own, below the table
        SummarySheet.printArea(workbook, sheet, top + height);

        XSSFDrawing drawing = xssf.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, SummarySheet.COLUMNS, top + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        categories.setOrientation(AxisOrientation.MAX_MIN); // the first category on top, as in the table
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setMinimum(0);
        values.setNumberFormat("0%");

        String[] labels = new String[lines.size()];
        Double[] means = new Double[lines.size()];
        Double[] expected = new Double[lines.size()];
        boolean anyExpected = false;
        for (int i = 0; i < lines.size(); i++) {
            labels[i] = lines.get(i).label();
            means[i] = lines.get(i).meanFraction().orElse(null);
            expected[i] = summaries.expectedFraction(lines.get(i)).orElse(null);
            anyExpected |= expected[i] != null;
        }
        int first = 2;
        int last = first + lines.size() - 1;
        XDDFCategoryDataSource labelSource = XDDFDataSourcesFactory.fromArray(labels, range(sheet, first, last, 0));
        XDDFNumericalDataSource<Double> meanSource = XDDFDataSourcesFactory.fromArray(means, range(sheet, first, last, 2));

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        colour(data.addSeries(labelSource, meanSource), "平均进度", BAR);
        if (anyExpected) {
            // a report without a period, and no share given, has no expected share to show
            colour(data.addSeries(labelSource, XDDFDataSourcesFactory.fromArray(expected)), EXPECTED_SERIES, EXPECTED);
        }
        chart.plot(data);
    }

    private static void colour(XDDFChartData.Series series, String title, byte[] rgb) {
        series.setTitle(title, null);
        XDDFShapeProperties fill = new XDDFShapeProperties();
        fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        series.setShapeProperties(fill);
    }

    private static String range(Sheet sheet, int firstRow, int lastRow, int column) {
        // Quoted always: every spreadsheet program reads a quoted sheet name, not all an unquoted Chinese one.
        return "'" + sheet.getSheetName().replace("'", "''") + "'!"
                + new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(null, true);
    }
}
