package io.workplan.files;

import io.workplan.core.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What a reading of a file says besides the report or the entries it read: the warnings, the format
 * the file was found to be, and what the reader found of its encoding. {@link FileReadResult} (a
 * report read whole) and {@link FileReadSummary} (entry by entry) say it alike.
 *
 * @since 0.2.0
 */
public interface FileReading {

    /**
     * The warnings, in the table's order (none for JSON).
     *
     * @return the warnings
     */
    List<Problem> warnings();

    /**
     * The format the file was read as, found by its bytes first.
     *
     * @return the format
     */
    Format format();

    /**
     * What the reader found of the file's encoding: {@code GB18030, comma-separated} for a CSV file.
     *
     * @return the encoding, when the format has one to find
     */
    Optional<String> encoding();
}
