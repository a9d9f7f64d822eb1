package io.workplan.excel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The streaming reading mode: an .xlsx file's sheets parsed with SAX, one row at a time, without a
 * workbook object. What it holds for the whole reading is the shared strings (as plain strings)
 * and the styles; the sheet's XML is read from the zip as it is parsed.
 */
public final class StreamingWorkbook implements WorkbookRows {
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final List<String> names = new ArrayList<>();

    private StreamingWorkbook(OPCPackage pkg) throws IOException {
        this.pkg = pkg;
        try {
            this.reader = new XSSFReader(pkg);
            this.strings = new ReadOnlySharedStringsTable(pkg, false);
            this.styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    names.add(sheets.getSheetName());
                }
            }
        } catch (OpenXML4JException | SAXException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Opens an .xlsx file, read-only.
     *
     * @param path the file
     * @return the workbook's rows
     * @throws IOException when the file cannot be read
     */
    public static StreamingWorkbook open(Path path) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            return new StreamingWorkbook(pkg);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    @Override
    public List<String> sheetNames() {
        return names;
    }

    @Override
    public void read(int sheet, RowVisitor visitor) throws IOException {
        try {
            Iterator<InputStream> sheets = reader.getSheetsData();
            for (int i = 0; i < sheet; i++) {
                sheets.next().close();
            }
            try (InputStream in = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new SheetHandler(strings, styles, new CellTexts(), visitor));
                xml.parse(new InputSource(in));
            }
        } catch (SheetHandler.Stop stop) {
            // the visitor has seen enough
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
