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
 * each report held. The tasks of a file that streams (an .xlsx read streaming, a JSON report) are
 * counted exactly by a first reading in bounded memory (skipped for a file too small to hold more
 * tasks than the heap takes: fewer than {@link #MIN_FILE_BYTES_PER_TASK} bytes a task is more than
 * any sheet compresses to, and than any JSON task takes); the other
 * formats hold their table in their readers anyway and give no count before they are read: for
 * them, a heap too small is the {@link OutOfMemoryError} {@link Main} turns into a message.
 */
final class WholeReports {
    /**
     * The heap a whole report takes per task while it is read and checked, measured on io-excel's
     * generated sheet of 1,000,000 tasks read whole: it fails in {@code -Xmx300m} and reads in {@code
     * -Xmx400m} (the report it leaves holds 244 bytes a task). Counted for every report held, the
     * estimate is on the safe side for two.
     */
    static final long BYTES_PER_TASK = 360;
    /** The heap the tool takes besides the reports: classes, the readers' buffers. */
    static final long BASE_BYTES = 32L << 20;
    /**
     * The heap {@code compare} takes for each pair of an earlier and a later task: core's {@code
     * TaskMatcher} holds the similarity of every pair (an exact fraction, 32 bytes and a reference)
     * and the candidate pairs of each round. 3,000 tasks against 3,000 take about 450 MB.
     */
    static final long BYTES_PER_PAIR = 40;
    /** The fewest compressed bytes a task of an .xlsx takes (the generated sheet's take 37). */
    static final long MIN_FILE_BYTES_PER_TASK = 8;

    /** The estimate of the last check of this thread, named again if the heap runs out anyway. */
    private static final ThreadLocal<Long> LAST_ESTIMATE = new ThreadLocal<>();

    private WholeReports() {}

    /**
     * Refuses, before reading them, reports whose tasks do not fit in this JVM's heap together.
     *
     * @param files the files whose reports are held at once
     * @param pairs whether every pair of tasks of the first two is matched too ({@code compare})
     * @param input the reading options
     * @param command the command, for the progress bar and messages
     * @throws InvalidInputException naming the heap needed, when the heap is smaller
     */
    static void requireHeapFor(List<Path> files, boolean pairs, ReportInput input, CommandSpec command) {
        LAST_ESTIMATE.remove();
        long max = Runtime.getRuntime().maxMemory();
        long[] atMost = new long[files.size()];
        for (int i = 0; i < files.size(); i++) {
            atMost[i] = input.streams(files.get(i)) ? size(files.get(i)) / MIN_FILE_BYTES_PER_TASK + 1 : 0;
        }
        if (needed(atMost, pairs) <= max) {
            return;   // too small to hold more than fits: not counted
        }
        long[] tasks = new long[files.size()];
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            int same = files.subList(0, i).indexOf(file);   // a file named twice is counted once
            tasks[i] = same >= 0 ? tasks[same] : atMost[i] == 0 ? 0
                    : input.reading(file, command, options -> ReportFiles.read(file, options, entry -> { })).tasks();
        }
        long needed = needed(tasks, pairs);
        LAST_ESTIMATE.set(needed);
        if (needed > max) {
            String counts = java.util.Arrays.stream(tasks).mapToObj(Long::toString).collect(java.util.stream.Collectors.joining(" and "));
            throw new InvalidInputException("workplan: " + command.name() + " holds the whole report" + (files.size() > 1 ? "s" : "")
                    + " of " + String.join(", ", files.stream().map(Path::toString).toList())
                    + (pairs ? " and matches every pair of their tasks" : "") + ": " + counts
                    + " tasks need a heap of about " + megabytes(needed) + " MB (" + BYTES_PER_TASK + " bytes a task"
                    + (pairs ? ", " + BYTES_PER_PAIR + " a pair" : "") + "), and this one has "
                    + megabytes(max) + " MB; give Java more, for example java -Xmx" + suggestion(needed) + " -jar workplan.jar …", null);
        }
    }

    /** The heap for reports of so many tasks, and their pairs. */
    private static long needed(long[] tasks, boolean pairs) {
        long needed = BASE_BYTES;
        for (long t : tasks) {
            needed = saturatedAdd(needed, saturatedMultiply(t, BYTES_PER_TASK));
        }
        if (pairs && tasks.length >= 2) {
            needed = saturatedAdd(needed, saturatedMultiply(saturatedMultiply(tasks[0], tasks[1]), BYTES_PER_PAIR));
        }
        return needed;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
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
