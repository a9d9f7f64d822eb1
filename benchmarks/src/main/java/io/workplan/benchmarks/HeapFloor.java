package io.workplan.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The smallest heap each reader of {@link SheetReaders} needs to read a generated sheet: each
 * reading runs in a forked JVM with {@code -Xmx} steps (a binary search over {@link #STEPS_MB},
 * since a reading that succeeds in a heap succeeds in a larger one), and succeeds when it hands
 * over every task within {@link #TIMEOUT_SECONDS}. Writes the results as JMH's CSV, mode {@code
 * heap}, unit MB, for {@link RatioTable}; a reader failing in the largest step gets {@code >N}.
 *
 * <pre>{@code java -cp benchmarks.jar io.workplan.benchmarks.HeapFloor 1000000 heap.csv [READER...]}</pre>
 */
public final class HeapFloor {
    static final int[] STEPS_MB = {32, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048, 3072, 4096};
    static final int TIMEOUT_SECONDS = 600;

    private HeapFloor() {}

    /**
     * Runs the search, or (with {@code --read READER FILE TASKS}) one reading in this JVM.
     *
     * @param args the tasks and the CSV file, then optionally the readers' names
     * @throws Exception when a fork cannot be started or the sheet cannot be generated
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args[0].equals("--read")) {
            AtomicInteger count = new AtomicInteger();
            SheetReaders.valueOf(args[1]).read(Path.of(args[2]), row -> count.incrementAndGet());
            if (count.get() != Integer.parseInt(args[3])) {
                out.println("read " + count.get() + " tasks of " + args[3]);
                System.exit(3);
            }
            return;
        }
        int tasks = Integer.parseInt(args[0]);
        Path csv = Path.of(args[1]);
        List<SheetReaders> readers = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            readers.add(SheetReaders.valueOf(args[i]));
        }
        if (readers.isEmpty()) {
            readers.addAll(List.of(SheetReaders.values()));
        }
        Path file = OfficialWorkbooks.file(tasks);
        List<String> lines = new ArrayList<>();
        lines.add("\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\",\"Unit\",\"Param: tasks\"");
        for (SheetReaders reader : readers) {
            String floor = floor(reader, file, tasks, out);
            out.println(reader + ": " + floor + " MB");
            lines.add(String.format(Locale.ROOT, "\"io.workplan.benchmarks.HeapFloor.%s\",\"heap\",1,1,\"%s\",\"\",\"MB\",%d",
                    reader.method(), floor, tasks));
        }
        Files.write(csv, lines, StandardCharsets.UTF_8);
    }

    private static String floor(SheetReaders reader, Path file, int tasks, PrintStream out) throws IOException, InterruptedException {
        int lo = 0;
        int hi = STEPS_MB.length - 1;
        if (!succeeds(reader, file, tasks, STEPS_MB[hi], out)) {
            return ">" + STEPS_MB[hi];
        }
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (succeeds(reader, file, tasks, STEPS_MB[mid], out)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return Integer.toString(STEPS_MB[hi]);
    }

    private static boolean succeeds(SheetReaders reader, Path file, int tasks, int mb, PrintStream out)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = Files.createTempFile("workplan-heap-", ".log");
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(java.toString(), "-Xmx" + mb + "m", "-XX:+ExitOnOutOfMemoryError",
                    "-cp", System.getProperty("java.class.path"), HeapFloor.class.getName(), "--read", reader.name(),
                    file.toString(), Integer.toString(tasks))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor();
            }
            boolean ok = finished && process.exitValue() == 0;
            String tail = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip();
            int cut = tail.lastIndexOf('\n', Math.max(0, tail.length() - 200));
            out.printf(Locale.ROOT, "%s -Xmx%dm: %s in %.1f s%s%n", reader, mb, ok ? "ok" : finished ? "failed" : "timed out",
                    (System.nanoTime() - start) / 1e9, ok || tail.isEmpty() ? "" : " (" + tail.substring(cut + 1).replace('\n', ' ') + ")");
            return ok;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
