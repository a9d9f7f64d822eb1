package io.workplan.excel.internal.read;

import io.workplan.excel.internal.DocumentProperties;
import io.workplan.sheet.RowVisitor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

/**
 * The streaming reading mode: an .xlsx file's sheets parsed as SAX events ({@link XmlEvents}), one row at a time, without a
 * workbook object. What it holds for the whole reading is the styles and the start of each shared
 * string: the shared strings themselves are kept in a temporary file ({@link SharedStringsFile});
 * the sheet's XML is read from the zip as it is parsed.
 */
public final class StreamingWorkbook implements WorkbookRows {
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final SharedStringsFile strings;
    private final StylesTable styles;
    private final List<String> names = new ArrayList<>();
    private final PartBudget budget;
    /** Each sheet's part, so that a sheet is opened without going through the ones before it. */
    private final List<PackagePart> parts = new ArrayList<>();
    private final WorkbookSheets.Declared declared;

    private StreamingWorkbook(OPCPackage pkg, SharedStringsFile strings, PartBudget budget) throws IOException {
        this.pkg = pkg;
        this.strings = strings;
        this.budget = budget;
        try {
            this.reader = new XSSFReader(pkg);
            this.styles = reader.getStylesTable();
            try (InputStream workbookXml = reader.getWorkbookData()) {
                this.declared = WorkbookSheets.declared(workbookXml);
            }
            names.addAll(SheetParts.names(reader, budget, parts));
        } catch (OpenXML4JException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static SharedStringsFile sharedStrings(OPCPackage pkg, PartBudget budget) throws IOException, OpenXML4JException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return SharedStringsFile.empty();
        }
        try (InputStream in = SheetParts.bound(budget, parts.get(0), parts.get(0).getInputStream())) {
            return SharedStringsFile.read(in);
        }
    }

    /**
     * Opens an .xlsx file, read-only.
     *
     * @param path the file
     * @param budget the bounds of each read of a part
     * @return the workbook's rows
     * @throws IOException when the file cannot be read
     */
    static StreamingWorkbook open(Path path, PartBudget budget) throws IOException {
        OPCPackage pkg = SheetParts.open(path);
        SharedStringsFile strings = null;
        try {
            strings = sharedStrings(pkg, budget);
            return new StreamingWorkbook(pkg, strings, budget);
        } catch (OpenXML4JException e) {
            close(strings, pkg);
            throw new IOException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            close(strings, pkg);
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
            PackagePart part = parts.get(sheet);
            try (InputStream in = SheetParts.bound(budget, part, part.getInputStream())) {
                XmlEvents.parse(in, new SheetHandler(strings, styles, new CellDisplay(), visitor));
            }
        } catch (SheetHandler.Stop stop) {
            // the visitor has seen enough
        } catch (SAXException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public boolean hidden(int sheet) {
        return declared.hidden(names.get(sheet));
    }

    @Override
    public java.util.OptionalInt active() {
        return declared.active().map(names::indexOf).filter(i -> i >= 0)
                .map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty());
    }

    @Override
    public DocumentProperties documentProperties() {
        try {
            return DocumentProperties.of(new POIXMLProperties(pkg));
        } catch (IOException | OpenXML4JException | org.apache.xmlbeans.XmlException e) {
            // damaged properties hold no task: the report is read without them
            return DocumentProperties.NONE;
        }
    }

    @Override
    public void close() throws IOException {
        close(strings, pkg);
    }

    private static void close(SharedStringsFile strings, OPCPackage pkg) throws IOException {
        try {
            if (strings != null) {
                strings.close();
            }
        } finally {
            pkg.revert();
        }
    }
}
