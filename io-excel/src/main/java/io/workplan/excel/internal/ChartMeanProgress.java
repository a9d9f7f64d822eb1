package io.workplan.excel.internal;

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
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
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
 * A native bar chart (DrawingML, through POI's XDDF) of the mean progress of each category, beside
 * the summary table, in .xlsx only: the .xls format has no chart POI can write.
 *
 * <p>The chart refers to the table's cells and carries their values as its cache, so that programs
 * that do not recalculate (LibreOffice, WPS, previewers) draw it as Excel does. It is drawn on the
 * {@link XSSFSheet} behind a streamed sheet: drawings are not rows and are not streamed.
 */
public final class ChartMeanProgress {
    /** The bars' colour. */
    private static final byte[] BAR = {(byte) 0x4F, (byte) 0x81, (byte) 0xBD};

    private ChartMeanProgress() {}

    /**
     * Draws the chart beside a summary table whose rows 3 and below hold the categories (column A)
     * and their mean progress (column C).
     *
     * @param workbook the streamed workbook
     * @param sheet the summary sheet
     * @param lines the table's rows, without the total
     * @param firstFreeColumn the first column right of the table
     */
    public static void draw(SXSSFWorkbook workbook, Sheet sheet, List<SummarySheet.Line> lines, int firstFreeColumn) {
        draw(workbook, sheet, lines, firstFreeColumn, "各类别平均完成进度");
    }

    /**
     * Draws the chart of {@link #draw(SXSSFWorkbook, Sheet, List, int)} under a title of the caller's.
     *
     * @param workbook the streamed workbook
     * @param sheet the summary sheet
     * @param lines the table's rows, without the total
     * @param firstFreeColumn the first column right of the table
     * @param title the chart's title: 各地区平均完成进度
     */
    public static void draw(SXSSFWorkbook workbook, Sheet sheet, List<SummarySheet.Line> lines, int firstFreeColumn, String title) {
        if (lines.isEmpty()) {
            return;
        }
        XSSFSheet xssf = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
        XSSFDrawing drawing = xssf.createDrawingPatriarch();
        int height = Math.max(20, 2 + lines.size() * 2);
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, firstFreeColumn + 1, 1, firstFreeColumn + 12, 1 + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);

        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        categories.setOrientation(AxisOrientation.MAX_MIN); // the first category on top, as in the table
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setMinimum(0);
        values.setNumberFormat("0%");

        String[] labels = new String[lines.size()];
        Double[] means = new Double[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            labels[i] = lines.get(i).label();
            means[i] = lines.get(i).meanFraction().orElse(null);
        }
        int first = 2;
        int last = first + lines.size() - 1;
        XDDFCategoryDataSource labelSource = XDDFDataSourcesFactory.fromArray(labels, range(sheet, first, last, 0));
        XDDFNumericalDataSource<Double> meanSource = XDDFDataSourcesFactory.fromArray(means, range(sheet, first, last, 2));

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(labelSource, meanSource);
        series.setTitle("平均进度", null);
        XDDFShapeProperties fill = new XDDFShapeProperties();
        fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR)));
        series.setShapeProperties(fill);
        chart.plot(data);
    }

    private static String range(Sheet sheet, int firstRow, int lastRow, int column) {
        // Quoted always: every spreadsheet program reads a quoted sheet name, not all an unquoted Chinese one.
        return "'" + sheet.getSheetName().replace("'", "''") + "'!"
                + new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(null, true);
    }
}
