package io.workplan.excel;


import io.workplan.core.Category;
import io.workplan.core.Problem;
import io.workplan.core.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ExcelReader#read(java.nio.file.Path, java.util.function.Consumer)} read besides the
 * entries it handed over one by one: the report's head (title, period, source, sheet), its
 * categories, how many tasks were read, and the warnings. Everything a {@link
 * io.workplan.core.ProgressReport} of the same sheet would hold except its tasks and entries.
 *
 * @param title the report's title, as in {@link io.workplan.core.ProgressReport#title()}
 * @param period the period the report covers, when the title, the sheet's name, the file's name or the
 *     options name one
 * @param source where the report comes from: the workbook's {@code workplan.source} document
 *     property when it has one (the writer sets it), otherwise the file's name (or {@link
 *     ExcelReadOptions#sourceName()})
 * @param sheet the name of the sheet the entries were read from
 * @param categories the tasks' categories, in order of first appearance
 * @param tasks how many tasks were read, each handed over as one entry
 * @param warnings the warnings, in the order of the sheet, as {@link ExcelReadResult#warnings()}
 * @param region the region, from the workbook's {@code workplan.region} document property
 * @param publishedOn the publication date, from the workbook's {@code workplan.publishedOn}
 *     document property
 * @since 0.1.0
 */
public record ExcelReadSummary(String title, Optional<ReportingPeriod> period, String source, String sheet,
        List<Category> categories, int tasks, List<Problem> warnings, Optional<String> region,
        Optional<LocalDate> publishedOn) {

    /**
     * A summary without region and publication date.
     *
     * @param title the report's title
     * @param period the period
     * @param source the file's name
     * @param sheet the sheet's name
     * @param categories the categories, in order of first appearance
     * @param tasks how many tasks were read
     * @param warnings the warnings
     */
    public ExcelReadSummary(String title, Optional<ReportingPeriod> period, String source, String sheet,
            List<Category> categories, int tasks, List<Problem> warnings) {
        this(title, period, source, sheet, categories, tasks, warnings, Optional.empty(), Optional.empty());
    }

    /**
     * Checks and copies the attributes.
     *
     * @param title the report's title
     * @param period the period
     * @param source the file's name
     * @param sheet the sheet's name
     * @param categories the categories, in order of first appearance
     * @param tasks how many tasks were read
     * @param warnings the warnings
     * @param region the region
     * @param publishedOn the publication date
     */
    public ExcelReadSummary {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sheet, "sheet");
        categories = List.copyOf(categories);
        if (tasks < 0) {
            throw new IllegalArgumentException("tasks must not be negative: " + tasks);
        }
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(publishedOn, "publishedOn");
    }
}
