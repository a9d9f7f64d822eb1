package io.workplan.excel.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * The sheets of an .xlsx package as both reading modes open them: each sheet the workbook lists
 * must have its part (a sheet listed without one is refused, naming it, where POI's in-memory mode
 * would leave it out and move every later sheet one place up), and the root of each part must be
 * in SpreadsheetML's namespace ({@link SheetStructure}), checked when the workbook is opened,
 * since POI's in-memory mode cannot open a workbook with another.
 */
final class SheetParts {
    private SheetParts() {}

    /**
     * The sheets' names, in the workbook's order, after checking every sheet's part.
     *
     * @param reader the package's reader
     * @param budget the bounds of a part's read
     * @param parts where each sheet's part is added, in the same order
     * @return the names
     * @throws CellDamage when a sheet's part is missing or its root is not SpreadsheetML's
     * @throws IOException when the package cannot be read
     */
    static List<String> names(XSSFReader reader, PartBudget budget, List<PackagePart> parts) throws IOException {
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator sheets;
        try {
            sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        } catch (OpenXML4JException e) {
            throw new IOException(e.getMessage(), e);
        }
        while (sheets.hasNext()) {
            InputStream in;
            try {
                in = sheets.next();
            } catch (RuntimeException e) {
                String name;
                try {
                    name = "\"" + sheets.getSheetName() + "\"";
                } catch (RuntimeException unnamed) {
                    name = "number " + (names.size() + 1);
                }
                throw new CellDamage((String) null, "the workbook lists the sheet " + name + ", but the file lacks its"
                        + " part (its XML, or the relationship to it): the file is damaged; Excel repairs it by leaving"
                        + " the sheet out");
            }
            try (InputStream xml = bound(budget, sheets.getSheetPart(), in)) {
                names.add(sheets.getSheetName());
                parts.add(sheets.getSheetPart());
                SheetStructure.checkRoot(xml);
            }
        }
        return names;
    }

    /**
     * A part's bytes within the budget.
     *
     * @param budget the bounds
     * @param part the part
     * @param in its bytes
     * @return the bytes, bounded
     */
    static InputStream bound(PartBudget budget, PackagePart part, InputStream in) {
        // the declared size, whose ratio to the compressed size PackageCheck has checked
        long declared = part instanceof ZipPackagePart ? ((ZipPackagePart) part).getSize() : -1;
        return budget.bound(part.getPartName().getName(), in, declared, -1);
    }

    /**
     * Opens an .xlsx package, read-only.
     *
     * @param path the file
     * @return the package
     * @throws IOException when it cannot be opened
     */
    static OPCPackage open(Path path) throws IOException {
        try {
            return OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
