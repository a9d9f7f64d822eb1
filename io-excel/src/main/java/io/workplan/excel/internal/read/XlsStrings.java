package io.workplan.excel.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Where an .xls that Apache POI cannot open refers to a shared string its table lacks: the sheet and
 * the cell, found in its records, so that the damage is said at its cell as it is for an .xlsx
 * ({@link CellDamage#missingSharedString}) rather than as a damaged file.
 */
final class XlsStrings {
    private XlsStrings() {}

    /** A cell of a sheet that refers to a shared string the table lacks. */
    record Missing(String sheet, CellDamage damage) {}

    /**
     * The first cell referring to a shared string beyond the table, if the records say.
     *
     * @param path the .xls file
     * @return the sheet and the damage, when such a cell is found
     */
    static Optional<Missing> find(Path path) {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true);
                InputStream stream = fs.createDocumentInputStream(HSSFWorkbook.getWorkbookDirEntryName(fs.getRoot()))) {
            RecordFactoryInputStream records = new RecordFactoryInputStream(stream, false);
            List<String> sheets = new ArrayList<>();
            SSTRecord strings = null;
            int sheet = -1;
            for (Record r = records.nextRecord(); r != null; r = records.nextRecord()) {
                if (r instanceof BoundSheetRecord) {
                    sheets.add(((BoundSheetRecord) r).getSheetname());
                } else if (r instanceof SSTRecord) {
                    strings = (SSTRecord) r;
                } else if (r instanceof BOFRecord && ((BOFRecord) r).getType() == BOFRecord.TYPE_WORKSHEET) {
                    sheet++;
                } else if (r instanceof LabelSSTRecord && sheet >= 0 && sheet < sheets.size()) {
                    LabelSSTRecord label = (LabelSSTRecord) r;
                    if (!holds(strings, label.getSSTIndex())) {
                        return Optional.of(new Missing(sheets.get(sheet), CellDamage.missingSharedString(label.getRow(),
                                label.getColumn(), Integer.toString(label.getSSTIndex()))));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // records that cannot be followed: the file is told as damaged, as it was
        }
        return Optional.empty();
    }

    private static boolean holds(SSTRecord strings, int index) {
        if (strings == null || index < 0) {
            return false;
        }
        try {
            return strings.getString(index) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
