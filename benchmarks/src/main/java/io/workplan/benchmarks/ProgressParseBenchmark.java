package io.workplan.benchmarks;

import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link Progress#parse(String)} and {@link LeadUnit#parseList(String)} against what a user would
 * write instead: strip the {@code %} and parse a number (losing every non-percentage cell to an
 * exception or a null), and {@code String.split("、")} (splitting inside brackets and keeping wraps).
 *
 * <p>The cells are those of real tables: the sample's percentages and the other kinds of
 * formats.md, in the proportions of a Q3 table with narrative cells. Each kind of cell is a
 * parameter ({@link Cells}), so that {@link RatioTable} compares workplan's parse of it with the
 * naive one of the same cells.
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ProgressParseBenchmark extends Timed {

    /** The progress cells' kinds, taken in turn. */
    private static final String[] PROGRESS_KINDS = {
        "50%", "60%", "53.6%", "145%", "５２％", "/", "已完成", "正常进行中", "全年数据未出",
        "1-9月,全区地方一般公共预算收入完160.59亿元,快于序时进度6.32个百分点。", "完成全年任务的78%"
    };

    /** The cells parsed, each kind with workplan's parse and the naive one. */
    public enum Cells {
        /** 1,000 progress cells: workplan classifies every one, the text kept; naive, the number before {@code %}, or null. */
        PROGRESS(IntStream.range(0, 1000).mapToObj(i -> PROGRESS_KINDS[i % PROGRESS_KINDS.length]).toList(),
                Progress::parse, Cells::numberBeforePercent),
        /** 6 lead-unit cells: workplan splits units outside brackets, wraps joined; naive, {@code split("、")}. */
        UNITS(List.of("区发改经信局", "区财政局、区发改经信局", "市委农办(市农业局)、各街道", "生态环境\n拱墅分局",
                "区商务局，区文商旅集团，各街道", "区建设局（区人防办）"), LeadUnit::parseList, cell -> cell.split("、"));

        final List<String> cells;
        final Function<String, Object> workplan;
        final Function<String, Object> naive;

        Cells(List<String> cells, Function<String, Object> workplan, Function<String, Object> naive) {
            this.cells = cells;
            this.workplan = workplan;
            this.naive = naive;
        }

        private static BigDecimal numberBeforePercent(String cell) {
            try {
                return new BigDecimal(cell.replace("%", "").trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** The cells measured. */
    @Param
    public Cells cells;

    /**
     * workplan: {@link Progress#parse} or {@link LeadUnit#parseList} of every cell.
     *
     * @param bh the sink
     */
    @Benchmark
    public void workplan(Blackhole bh) {
        parseEach(cells.workplan, bh);
    }

    /**
     * The naive alternative: the number before {@code %} (or null), or {@code split("、")}.
     *
     * @param bh the sink
     */
    @Benchmark
    public void naive(Blackhole bh) {
        parseEach(cells.naive, bh);
    }

    private void parseEach(Function<String, Object> parse, Blackhole bh) {
        for (String cell : cells.cells) {
            bh.consume(parse.apply(cell));
        }
    }
}
