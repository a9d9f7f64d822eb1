package io.workplan.files;

import io.workplan.core.ReadResult;
import org.immutables.value.Value;

/**
 * What {@link ReportFiles#read(java.nio.file.Path)} read: the report, the warnings, the format the
 * file was found to be, and what the reader found of its encoding.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class FileReadResult implements ReadResult, FileReading {

    FileReadResult() {}

    static ImmutableFileReadResult.Builder builder() {
        return ImmutableFileReadResult.builder();
    }

    /**
     * What the reading says of the report besides its tasks, as the entry-by-entry reading of the
     * same file returns it.
     *
     * @return the head, counts, warnings, format and encoding
     * @since 0.2.0
     */
    public FileReadSummary summary() {
        return FileReadSummary.builder().head(report().head()).tasks(report().tasks().size())
                .entries(report().entries().size()).from(this).build();
    }
}
