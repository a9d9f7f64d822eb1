package io.workplan.excel.internal.write;

import io.workplan.core.ReportHead;

import io.workplan.excel.internal.DocumentProperties;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook being written: .xlsx streamed through {@link SXSSFWorkbook} (a window of rows in memory,
 * the rest in a temporary file), or .xls in memory through {@link HSSFWorkbook}. Everything else is
 * written through POI's common {@link Workbook}.
 */
public final class WrittenWorkbook implements AutoCloseable {
    private final Workbook workbook;

    private WrittenWorkbook(Workbook workbook) {
        this.workbook = workbook;
    }

    /**
     * A streamed .xlsx workbook.
     *
     * @param rowWindow the rows kept in memory
     * @return the workbook
     */
    public static WrittenWorkbook xlsx(int rowWindow) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, rowWindow, false, false);
        return new WrittenWorkbook(workbook);
    }

    /**
     * A .xls workbook.
     *
     * @return the workbook
     */
    public static WrittenWorkbook xls() {
        return new WrittenWorkbook(new HSSFWorkbook());
    }

    /**
     * The workbook.
     *
     * @return the workbook
     */
    public Workbook workbook() {
        return workbook;
    }

    /**
     * Sets the document's title and the report's attributes that have no cell: region, day of
     * publication and source, as custom properties.
     *
     * @param report the report's head
     */
    public void describe(ReportHead report) {
        if (workbook instanceof SXSSFWorkbook) {
            POIXMLProperties properties = ((SXSSFWorkbook) workbook).getXSSFWorkbook().getProperties();
            properties.getCoreProperties().setTitle(report.title());
            POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
            report.region().ifPresent(v -> custom.addProperty(DocumentProperties.REGION, v));
            report.publishedOn().ifPresent(v -> custom.addProperty(DocumentProperties.PUBLISHED_ON, v.toString()));
            report.source().ifPresent(v -> custom.addProperty(DocumentProperties.SOURCE, v));
        } else {
            HSSFWorkbook hssf = (HSSFWorkbook) workbook;
            hssf.createInformationProperties();
            SummaryInformation summary = hssf.getSummaryInformation();
            summary.setTitle(report.title());
            DocumentSummaryInformation document = hssf.getDocumentSummaryInformation();
            CustomProperties custom = new CustomProperties();
            report.region().ifPresent(v -> custom.put(DocumentProperties.REGION, v));
            report.publishedOn().ifPresent(v -> custom.put(DocumentProperties.PUBLISHED_ON, v.toString()));
            report.source().ifPresent(v -> custom.put(DocumentProperties.SOURCE, v));
            if (!custom.isEmpty()) {
                document.setCustomProperties(custom);
            }
        }
    }

    /**
     * Writes the workbook.
     *
     * @param out the stream, left open
     * @throws IOException when the stream fails
     */
    public void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Releases the workbook and deletes the temporary files of a streamed one. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
