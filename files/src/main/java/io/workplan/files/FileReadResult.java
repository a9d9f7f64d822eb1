package io.workplan.files;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link ReportFiles#read(java.nio.file.Path)} read: the report, the warnings, the format the
 * file was found to be, and what the reader found of its encoding.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class FileReadResult {

    FileReadResult() {}

    static ImmutableFileReadResult.Builder builder() {
        return ImmutableFileReadResult.builder();
    }

    /**
     * The report.
     *
     * @return the report
     */
    public abstract ProgressReport report();

    /**
     * The warnings, in the table's order (none for JSON).
     *
     * @return the warnings
     */
    public abstract List<Problem> warnings();

    /**
     * The format the file was read as, found by its bytes first.
     *
     * @return the format
     */
    public abstract Format format();

    /**
     * What the reader found of the file's encoding: {@code GB18030, comma} for a CSV file.
     *
     * @return the encoding, when the format has one to find
     */
    public abstract Optional<String> encoding();

    /**
     * What the reading says of the report besides its tasks, as the entry-by-entry reading of the
     * same file returns it.
     *
     * @return the head, counts, warnings, format and encoding
     * @since 0.2.0
     */
    public FileReadSummary summary() {
        return FileReadSummary.builder().head(report().head()).tasks(report().tasks().size())
                .entries(report().entries().size()).warnings(warnings()).format(format()).encoding(encoding()).build();
    }
}
