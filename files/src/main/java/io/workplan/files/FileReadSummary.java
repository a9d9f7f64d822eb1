package io.workplan.files;

import io.workplan.core.ReadSummary;
import org.immutables.value.Value;

/**
 * What {@link ReportFiles#read(java.nio.file.Path, FileReadOptions, java.util.function.Consumer)}
 * read besides the entries it handed over one by one: the report's head (everything of the report
 * but its tasks), how many tasks and entries there were, the warnings, the format the file was
 * found to be, and what the reader found of its encoding. The head is the one {@link
 * ReportFiles#read(java.nio.file.Path, FileReadOptions)} gives the whole report of the same file.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class FileReadSummary implements ReadSummary, FileReading {

    FileReadSummary() {}

    static ImmutableFileReadSummary.Builder builder() {
        return ImmutableFileReadSummary.builder();
    }

    /**
     * How many entries were handed over: one a task, but for the tasks of a JSON report that gives
     * no progress for them (a table gives every task an entry, a blank progress included).
     *
     * @return the count of entries
     */
    public abstract int entries();
}
