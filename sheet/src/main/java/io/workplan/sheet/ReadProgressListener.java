package io.workplan.sheet;

/**
 * Told how far the reading of a sheet has come, so that a command-line tool can show a progress
 * bar. Called on the reading thread every {@value #EVERY_ROWS} rows and once at the end of the
 * sheet; it should return quickly.
 *
 * <pre>{@code
 * ExcelReadOptions options = ExcelReadOptions.builder()
 *     .streaming(true)
 *     .progressListener((rows, total) -> bar.update(rows, total))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ReadProgressListener {

    /** How many rows pass between two calls. */
    int EVERY_ROWS = 1000;

    /** A listener that does nothing. */
    ReadProgressListener NONE = (rowsRead, rowsInSheet) -> {};

    /**
     * Rows of the sheet read so far.
     *
     * @param rowsRead the rows read so far, title and header rows included
     * @param rowsInSheet the rows of the sheet as the file declares them (its last row number), or
     *     {@code -1} when the file does not say
     */
    void rowsRead(long rowsRead, long rowsInSheet);
}
