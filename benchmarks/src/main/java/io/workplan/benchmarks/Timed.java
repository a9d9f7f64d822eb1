package io.workplan.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every benchmark here shares, inherited by each (JMH's annotations of a state class
 * are {@code @Inherited}; a benchmark that needs others, as {@link ProgressParseBenchmark}, says
 * them on its own class): one state for the benchmark, the average time of an operation in
 * milliseconds, 2 warm-up iterations and 3 measured, of 2 s each, in one fork. {@code run.sh}
 * gives its own iterations on the command line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public abstract class Timed {
}
