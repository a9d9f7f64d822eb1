package io.workplan.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The CPU time of the reading thread for one reading of a generated sheet, for a machine shared
 * with other work, where JMH's wall-clock times swing with the load: the same JVM reads the sheet
 * a few times (the first ones warm it up) and the median of the rest is printed, in the CSV
 * columns of JMH (mode {@code cpu}, ms/op) for {@link RatioTable}. Time in the garbage collector's
 * and the compiler's threads is not counted.
 *
 * <pre>{@code java -cp benchmarks.jar io.workplan.benchmarks.ReadCpuTime READER TASKS [READINGS]}</pre>
 */
public final class ReadCpuTime {
    private ReadCpuTime() {}

    /**
     * Reads and prints one CSV line (no header).
     *
     * @param args the reader's name ({@link SheetReaders}), the tasks, and the readings (5 unless given)
     * @throws Exception what the reader throws
     */
    public static void main(String[] args) throws Exception {
        SheetReaders reader = SheetReaders.valueOf(args[0]);
        int tasks = Integer.parseInt(args[1]);
        int readings = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path file = OfficialWorkbooks.file(tasks);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int warm = readings / 2;
        double[] ms = new double[readings - warm];
        for (int i = 0; i < readings; i++) {
            AtomicInteger count = new AtomicInteger();
            long start = threads.getCurrentThreadCpuTime();
            reader.read(file, row -> count.incrementAndGet());
            long cpu = threads.getCurrentThreadCpuTime() - start;
            if (count.get() != tasks) {
                throw new IllegalStateException(reader + " read " + count.get() + " tasks of " + tasks);
            }
            if (i >= warm) {
                ms[i - warm] = cpu / 1e6;
            }
        }
        Arrays.sort(ms);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "\"io.workplan.benchmarks.ReadCpuTime.%s\",\"cpu\",1,%d,%.3f,\"\",\"ms/op\",%d%n",
                HeapFloor.methodName(reader), ms.length, ms[ms.length / 2], tasks);
    }
}
