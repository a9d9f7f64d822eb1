package io.workplan.sheet.samples;

import io.workplan.core.ProgressReport;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the round trips of the writers (io-excel's, io-html's, io-word's) may hear from the table
 * reader when it reads back a table that workplan wrote: these warnings, and no others; and the
 * temporary file of a try.
 */
public final class WrittenTables {
    private WrittenTables() {}

    /**
     * Whether the reader may warn so of a written report's table.
     *
     * @param written the report written
     * @param reason a warning's reason
     * @return whether the warning is one a written table may give
     */
    public static boolean mayWarn(ProgressReport written, String reason) {
        return reason.startsWith("blank progress")
                || written.period().isEmpty() && reason.startsWith("no period")
                // a task above the first category, read without one
                || reason.startsWith("no category: the cell is blank and no category is above it")
                // the reader says so of 年度目标, 目标任务, …
                || reason.contains(" is kept as an extra column (a target)");
    }

    /** What a try does with its file. */
    @FunctionalInterface
    public interface Try {
        /**
         * Writes the file and reads it back.
         *
         * @param file the try's file, empty
         * @throws Exception what the writer or the reader throws
         */
        void on(Path file) throws Exception;
    }

    /**
     * Runs a try on a temporary file of its own, deleted after it.
     *
     * @param suffix the file's extension, with its dot
     * @param attempt the try
     * @throws Exception what the try throws
     */
    public static void inTemporaryFile(String suffix, Try attempt) throws Exception {
        Path file = Files.createTempFile("workplan-written-", suffix);
        try {
            attempt.on(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
