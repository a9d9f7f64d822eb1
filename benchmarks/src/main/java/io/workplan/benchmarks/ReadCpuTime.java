package io.workplan.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The CPU time of the reading thread for one reading of a generated sheet ({@link CpuTime}: the
 * median of the last 3 of 5 readings in one JVM, as a line of JMH's CSV for {@link RatioTable}).
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
        CpuTime.measure(ReadCpuTime.class, reader.method(), args, tasks -> {
            Path file = OfficialWorkbooks.file(tasks);
            return () -> {
                AtomicInteger count = new AtomicInteger();
                reader.read(file, row -> count.incrementAndGet());
                CpuTime.check(count.get() == tasks, () -> reader + " read " + count.get() + " tasks of " + tasks);
            };
        });
    }
}
