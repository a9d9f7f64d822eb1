package io.workplan.benchmarks;

import org.openjdk.jmh.annotations.Param;

/**
 * A benchmark on a report or a sheet of so many tasks ({@link Timed}'s settings): 10,000, 100,000
 * and 1,000,000 unless {@code -p tasks=…} says otherwise.
 */
public abstract class SizedBenchmark extends Timed {

    /** Tasks in the report or the sheet. */
    @Param({"10000", "100000", "1000000"})
    public int tasks;
}
