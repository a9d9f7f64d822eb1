package io.workplan.benchmarks;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.enums.CellDataTypeEnum;
import cn.idev.excel.enums.ReadDefaultReturnEnum;
import cn.idev.excel.metadata.data.ReadCellData;
import cn.idev.excel.read.listener.ReadListener;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.excel.ExcelReadOptions;
import io.workplan.excel.ExcelReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Every reader measured, each giving the same {@link TaskRow}s of an official-layout sheet (title
 * row, header row, then tasks; the layout known, as a hand-written reader knows it): workplan's
 * two ways, and what a user would write instead with POI's usermodel, POI's SAX event API,
 * FastExcel ({@code cn.idev.excel}) and dhatim's fastexcel-reader. Public, as {@link
 * ExcelReadBenchmark}'s parameter: JMH's generated code sets it.
 */
public enum SheetReaders {
    /** workplan: {@code read(path)}, the whole report in memory. */
    WORKPLAN_IN_MEMORY("workplanInMemory") {
        @Override
        void read(Path file, Consumer<? super TaskRow> rows) {
            for (ProgressEntry entry : ExcelReader.create().read(file).report().entries()) {
                rows.accept(TaskRow.of(entry));
            }
        }
    },
    /** workplan: {@code read(path, consumer)} with streaming, entry by entry. */
    WORKPLAN_STREAMING("workplanStreaming") {
        @Override
        void read(Path file, Consumer<? super TaskRow> rows) {
            ExcelReader.create(ExcelReadOptions.builder().streaming(true).build()).read(file, e -> rows.accept(TaskRow.of(e)));
        }
    },
    /** POI's usermodel: the whole workbook in memory ({@link XSSFWorkbook}), cell by cell. */
    POI_USERMODEL("poiUsermodel") {
        @Override
        void read(Path file, Consumer<? super TaskRow> rows) throws Exception {
            FillDown tasks = new FillDown(rows);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                    XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
                XSSFSheet sheet = workbook.getSheetAt(0);
                for (int r = FIRST_TASK_ROW; r <= sheet.getLastRowNum(); r++) {
                    XSSFRow row = sheet.getRow(r);
                    if (row != null) {
                        tasks.row((int) numberOf(row.getCell(0)), textOf(row.getCell(1)), textOf(row.getCell(2)),
                                textOf(row.getCell(3)), progressOf(row.getCell(4)));
                    }
                }
            }
        }

        private double numberOf(XSSFCell cell) {
            return cell == null || cell.getCellType() != CellType.NUMERIC ? 0 : cell.getNumericCellValue();
        }

        private String textOf(XSSFCell cell) {
            return cell == null || cell.getCellType() != CellType.STRING ? null : cell.getStringCellValue();
        }

        private Progress progressOf(XSSFCell cell) {
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                return FillDown.percent(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString());
            }
            return FillDown.text(textOf(cell));
        }
    },
    /**
     * POI's SAX event API: {@link XSSFReader} and {@link XSSFSheetXMLHandler}, which formats each
     * cell as Excel shows it (a percent number as {@code 53.6%}, then parsed by {@link Progress#parse}).
     */
    POI_SAX("poiSax") {
        @Override
        void read(Path file, Consumer<? super TaskRow> rows) throws Exception {
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
                StylesTable styles = reader.getStylesTable();
                try (InputStream sheet = reader.getSheetsData().next()) {
                    parse(sheet, new XSSFSheetXMLHandler(styles, strings, new SaxRows(new FillDown(rows)), new DataFormatter(), false));
                }
            }
        }

        private void parse(InputStream sheet, XSSFSheetXMLHandler handler)
                throws IOException, SAXException, ParserConfigurationException {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(sheet));
        }
    },
    /** FastExcel ({@code cn.idev.excel}, the EasyExcel fork): a {@link ReadListener} of each row's cell data. */
    FASTEXCEL("fastExcel") {
        @Override
        void read(Path file, Consumer<? super TaskRow> rows) {
            FillDown tasks = new FillDown(rows);
            ReadListener<Map<Integer, ReadCellData<?>>> listener = new ReadListener<>() {
                @Override
                public void invoke(Map<Integer, ReadCellData<?>> row, AnalysisContext context) {
                    ReadCellData<?> number = row.get(0);
                    tasks.row(number == null || number.getNumberValue() == null ? 0 : number.getNumberValue().intValue(),
                            textOf(row.get(1)), textOf(row.get(2)), textOf(row.get(3)), progressOf(row.get(4)));
                }

                @Override
                public void doAfterAllAnalysed(AnalysisContext context) {
                    // nothing kept
                }
            };
            FastExcel.read(file.toFile(), listener).readDefaultReturn(ReadDefaultReturnEnum.READ_CELL_DATA)
                    .sheet(0).headRowNumber(FIRST_TASK_ROW).doRead();
        }

        private String textOf(ReadCellData<?> cell) {
            return cell == null || cell.getType() != CellDataTypeEnum.STRING ? null : cell.getStringValue();
        }

        private Progress progressOf(ReadCellData<?> cell) {
            if (cell != null && cell.getType() == CellDataTypeEnum.NUMBER) {
                return FillDown.percent(cell.getNumberValue(), cell.getDataFormatData().getFormat());
            }
            return FillDown.text(textOf(cell));
        }
    },
    /** dhatim's fastexcel-reader: a stream of rows, each cell's exact number and its format. */
    DHATIM("dhatim") {
        @Override
        void read(Path file, Consumer<? super TaskRow> rows) throws Exception {
            FillDown tasks = new FillDown(rows);
            try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
                    var stream = workbook.getFirstSheet().openStream()) {
                stream.forEach(row -> {
                    if (row.getRowNum() > FIRST_TASK_ROW) { // 1-based
                        tasks.row(row.getCellAsNumber(0).map(java.math.BigDecimal::intValue).orElse(0),
                                textOf(row, 1), textOf(row, 2), textOf(row, 3), progressOf(row));
                    }
                });
            }
        }

        private String textOf(org.dhatim.fastexcel.reader.Row row, int c) {
            org.dhatim.fastexcel.reader.Cell cell = row.getOptionalCell(c).orElse(null);
            return cell == null || cell.getType() != org.dhatim.fastexcel.reader.CellType.STRING ? null : cell.asString();
        }

        private Progress progressOf(org.dhatim.fastexcel.reader.Row row) {
            org.dhatim.fastexcel.reader.Cell cell = row.getOptionalCell(4).orElse(null);
            if (cell != null && cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
                return FillDown.percent(cell.asNumber(), cell.getDataFormatString());
            }
            return FillDown.text(textOf(row, 4));
        }
    };

    /** The first task row, 0-based: below the title and the header. */
    static final int FIRST_TASK_ROW = 2;

    private final String method;

    SheetReaders(String method) {
        this.method = method;
    }

    /**
     * The reader's name in the result table, as a benchmark method's: {@link RatioTable} names
     * {@link ExcelReadBenchmark}'s results by it, {@link ReadCpuTime} and {@link HeapFloor} theirs,
     * so that the table reads alike (a name starting with {@code workplan} is workplan's).
     *
     * @return the name, such as {@code workplanStreaming}
     */
    String method() {
        return method;
    }

    /**
     * Reads the sheet's task rows.
     *
     * @param file the workbook
     * @param rows what each row is handed to
     * @throws Exception what the library throws
     */
    abstract void read(Path file, Consumer<? super TaskRow> rows) throws Exception;

    /** The rows of XSSFSheetXMLHandler's formatted cells. */
    private static final class SaxRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final FillDown tasks;
        private final String[] cells = new String[OfficialWorkbooks.HEADERS.length];
        private int row;

        SaxRows(FillDown tasks) {
            this.tasks = tasks;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            java.util.Arrays.fill(cells, null);
        }

        @Override
        public void endRow(int rowNum) {
            if (row >= FIRST_TASK_ROW) {
                tasks.row(cells[0] == null ? 0 : Integer.parseInt(cells[0]), cells[1], cells[2], cells[3], FillDown.text(cells[4]));
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(cellReference).getCol();
            if (column < cells.length) {
                cells[column] = formattedValue;
            }
        }
    }
}
