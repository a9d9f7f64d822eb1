package io.workplan.excel.internal;

import io.workplan.core.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * The attributes of a report that have no cell in the official sheet (region, publication date,
 * source): the writer keeps them as custom document properties, the reader takes them back. The
 * one home of their names.
 */
public final class DocumentProperties {
    /** The report's region or issuer. */
    public static final String REGION = "workplan.region";
    /** The day the report was published, ISO 8601 ({@code 2024-07-23}). */
    public static final String PUBLISHED_ON = "workplan.publishedOn";
    /** Where the report comes from. */
    public static final String SOURCE = "workplan.source";

    private final Map<String, String> values;

    private DocumentProperties(Map<String, String> values) {
        this.values = values;
    }

    /** No properties. */
    public static final DocumentProperties NONE = new DocumentProperties(Map.of());

    /**
     * The custom properties of an open workbook (.xlsx or .xls).
     *
     * @param workbook the workbook
     * @return its text-valued custom properties
     */
    public static DocumentProperties of(Workbook workbook) {
        if (workbook instanceof XSSFWorkbook) {
            return of(((XSSFWorkbook) workbook).getProperties());
        }
        Map<String, String> values = new HashMap<>();
        if (workbook instanceof HSSFWorkbook) {
            DocumentSummaryInformation info = ((HSSFWorkbook) workbook).getDocumentSummaryInformation();
            CustomProperties custom = info == null ? null : info.getCustomProperties();
            if (custom != null) {
                custom.forEach((name, value) -> {
                    if (value instanceof String) {
                        values.put(name, (String) value);
                    }
                });
            }
        }
        return new DocumentProperties(values);
    }

    /**
     * The custom properties of an .xlsx package's properties.
     *
     * @param properties the package's properties
     * @return its text-valued custom properties
     */
    public static DocumentProperties of(POIXMLProperties properties) {
        Map<String, String> values = new HashMap<>();
        for (CTProperty property : properties.getCustomProperties().getUnderlyingProperties().getPropertyList()) {
            if (property.isSetLpwstr()) {
                values.put(property.getName(), property.getLpwstr());
            }
        }
        return new DocumentProperties(values);
    }

    /**
     * The region.
     *
     * @return the region, when the workbook has one
     */
    public Optional<String> region() {
        return text(REGION);
    }

    /**
     * Where the report comes from.
     *
     * @return the source, when the workbook has one
     */
    public Optional<String> source() {
        return text(SOURCE);
    }

    /**
     * The publication date, read as ISO 8601.
     *
     * @param problems where a date that is not one goes, as a warning naming the property
     * @param where the file's name, for the problem
     * @return the date, when the workbook has a valid one
     */
    public Optional<LocalDate> publishedOn(List<Problem> problems, String where) {
        Optional<String> text = text(PUBLISHED_ON);
        try {
            return text.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            problems.add(Problem.builder().severity(Problem.Severity.WARNING).source(where).subject(PUBLISHED_ON)
                    .rawText(text.get()).reason("the document property is not a date (yyyy-mm-dd); the report has no publication date")
                    .build());
            return Optional.empty();
        }
    }

    private Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }
}
