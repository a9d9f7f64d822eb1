package io.workplan.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The CPU time of the current thread for one run of some work, for a machine shared with other
 * work, where JMH's wall-clock times swing with the load: the same JVM runs the work a few times
 * (the first half warms it up) and the median of the rest is printed, in the CSV columns of JMH
 * (mode {@code cpu}, ms/op) for {@link RatioTable}. Time in the garbage collector's and the
 * compiler's threads is not counted. {@link ReadCpuTime} and {@link WriteCpuTime} measure with it.
 */
final class CpuTime {
    /** The runs unless given: 2 to warm up, the median of 3. */
    static final int RUNS = 5;

    private CpuTime() {}

    /** One run of the work measured. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /**
     * Runs the work and prints its line of CSV (no header) to standard output.
     *
     * @param harness the harness, the class in the line
     * @param method the method in the line (a name starting with {@code workplan} is workplan's)
     * @param tasks the tasks, the line's parameter
     * @param runs how many times to run the work
     * @param work the work
     * @throws Exception what the work throws
     */
    static void measure(Class<?> harness, String method, int tasks, int runs, Work work) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int warm = runs / 2;
        double[] ms = new double[runs - warm];
        for (int i = 0; i < runs; i++) {
            long start = threads.getCurrentThreadCpuTime();
            work.run();
            long cpu = threads.getCurrentThreadCpuTime() - start;
            if (i >= warm) {
                ms[i - warm] = cpu / 1e6;
            }
        }
        Arrays.sort(ms);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "\"%s.%s\",\"cpu\",1,%d,%.3f,\"\",\"ms/op\",%d%n",
                harness.getName(), method, ms.length, ms[ms.length / 2], tasks);
    }

    /** The work of a harness on so many tasks, made before it is measured. */
    @FunctionalInterface
    interface Sized {
        Work on(int tasks) throws Exception;
    }

    /**
     * A harness's {@code main}: the tasks at {@code args[1]} and the runs at {@code args[2]} (after
     * the name of the reader or writer at {@code args[0]}), then {@link #measure(Class, String, int, int, Work)}.
     *
     * @param harness the harness, the class in the line
     * @param method the method in the line
     * @param args the harness's arguments
     * @param work the work on the tasks asked for
     * @throws Exception what the work throws
     */
    static void measure(Class<?> harness, String method, String[] args, Sized work) throws Exception {
        int tasks = Integer.parseInt(args[1]);
        measure(harness, method, tasks, runs(args, 2), work.on(tasks));
    }

    /**
     * Fails a run whose result is wrong.
     *
     * @param right whether the result is right
     * @param wrong what is wrong, when it is not
     */
    static void check(boolean right, Supplier<String> wrong) {
        if (!right) {
            throw new IllegalStateException(wrong.get());
        }
    }

    /**
     * The runs asked for.
     *
     * @param args the harness's arguments
     * @param index where the runs are, if given
     * @return the runs, {@link #RUNS} unless given
     */
    static int runs(String[] args, int index) {
        return args.length > index ? Integer.parseInt(args[index]) : RUNS;
    }
}
