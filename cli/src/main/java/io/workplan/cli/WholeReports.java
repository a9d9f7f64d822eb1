package io.workplan.cli;

import io.workplan.files.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The checked limit on what still needs a whole report (compare, a conversion to or from a format
 * that holds its table): the heap it needs is estimated before the report is read, and a heap too
 * small is said in words, naming the heap needed, rather than found by an {@link OutOfMemoryError}.
 *
 * <p>The estimate: {@link #BASE_BYTES} for the tool, plus {@link #BYTES_PER_TASK} for each task of
 * each report held. The tasks of an .xlsx read streaming are counted exactly by a first reading in
 * bounded memory (skipped for a file too small to hold more tasks than the heap takes: fewer than
 * {@link #MIN_FILE_BYTES_PER_TASK} bytes a task is more than any sheet compresses to); the other
 * formats hold their table in their readers anyway and give no count before they are read: for
 * them, a heap too small is the {@link OutOfMemoryError} {@link Main} turns into a message.
 */
final class WholeReports {
    /**
     * The heap a whole report takes per task, measured on the generated sheet of 1,000,000 tasks
     * read whole (its report, plus what reading it holds on the way): rounded up.
     */
    static final long BYTES_PER_TASK = 600;
    /** The heap the tool takes besides the reports: classes, the readers' buffers. */
    static final long BASE_BYTES = 48L << 20;
    /** The fewest compressed bytes a task of an .xlsx takes (the generated sheet's take 37). */
    static final long MIN_FILE_BYTES_PER_TASK = 8;

    /** The estimate of the last check of this thread, named again if the heap runs out anyway. */
    private static final ThreadLocal<Long> LAST_ESTIMATE = new ThreadLocal<>();

    private WholeReports() {}

    /**
     * Refuses, before reading them, reports whose tasks do not fit in this JVM's heap together.
     *
     * @param files the files whose reports are held at once
     * @param input the reading options
     * @param command the command, for the progress bar and messages
     * @throws InvalidInputException naming the heap needed, when the heap is smaller
     */
    static void requireHeapFor(List<Path> files, ReportInput input, CommandSpec command) {
        LAST_ESTIMATE.remove();
        long max = Runtime.getRuntime().maxMemory();
        long tasks = 0;
        for (Path file : files) {
            if (input.streams(file) && size(file) > (max - BASE_BYTES) / BYTES_PER_TASK * MIN_FILE_BYTES_PER_TASK) {
                tasks += input.reading(file, command, options -> ReportFiles.read(file, options, entry -> { })).tasks();
            }
        }
        long needed = BASE_BYTES + tasks * BYTES_PER_TASK;
        if (tasks > 0) {
            LAST_ESTIMATE.set(needed);
        }
        if (needed > max) {
            throw new InvalidInputException("workplan: " + command.name() + " holds the whole report" + (files.size() > 1 ? "s" : "")
                    + " of " + String.join(", ", files.stream().map(Path::toString).toList()) + ": " + tasks
                    + " tasks need a heap of about " + megabytes(needed) + " MB (" + BYTES_PER_TASK + " bytes a task), and this one has "
                    + megabytes(max) + " MB; give Java more, for example java -Xmx" + suggestion(needed) + " -jar workplan.jar …", null);
        }
    }

    /** The heap the last check estimated, if it counted tasks; for the message of an {@link OutOfMemoryError}. */
    static java.util.Optional<Long> lastEstimate() {
        return java.util.Optional.ofNullable(LAST_ESTIMATE.get());
    }

    /** A {@code -Xmx} value at least {@code bytes}: whole gigabytes, or megabytes in hundreds. */
    static String suggestion(long bytes) {
        long mb = megabytes(bytes);
        return mb >= 1024 ? (mb + 1023) / 1024 + "g" : ((mb + 99) / 100) * 100 + "m";
    }

    static long megabytes(long bytes) {
        return (bytes + (1L << 20) - 1) >> 20;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;   // its reading says what is wrong with it
        }
    }
}
