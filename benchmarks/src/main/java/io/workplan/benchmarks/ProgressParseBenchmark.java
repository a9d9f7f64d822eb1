package io.workplan.benchmarks;

import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link Progress#parse(String)} and {@link LeadUnit#parseList(String)} against what a user would
 * write instead: strip the {@code %} and parse a number (losing every non-percentage cell to an
 * exception or a null), and {@code String.split("、")} (splitting inside brackets and keeping wraps).
 *
 * <p>The cells are those of real tables: the sample's percentages and the other kinds of
 * formats.md, in the proportions of a Q3 table with narrative cells.
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ProgressParseBenchmark extends Timed {

    private final List<String> cells = new ArrayList<>();
    private final List<String> unitCells = List.of(
            "区发改经信局", "区财政局、区发改经信局", "市委农办(市农业局)、各街道", "生态环境\n拱墅分局",
            "区商务局，区文商旅集团，各街道", "区建设局（区人防办）");

    /** The cells, as in a real table. */
    public ProgressParseBenchmark() {
        String[] kinds = {
            "50%", "60%", "53.6%", "145%", "５２％", "/", "已完成", "正常进行中", "全年数据未出",
            "1-9月,全区地方一般公共预算收入完160.59亿元,快于序时进度6.32个百分点。", "完成全年任务的78%"
        };
        for (int i = 0; i < 1000; i++) {
            cells.add(kinds[i % kinds.length]);
        }
    }

    /**
     * workplan: every cell classified, the text kept.
     *
     * @param bh the sink
     */
    @Benchmark
    public void workplanParse(Blackhole bh) {
        for (String cell : cells) {
            bh.consume(Progress.parse(cell));
        }
    }

    /**
     * The naive alternative: the number before {@code %}, or null.
     *
     * @param bh the sink
     */
    @Benchmark
    public void naiveBigDecimal(Blackhole bh) {
        for (String cell : cells) {
            BigDecimal value;
            try {
                value = new BigDecimal(cell.replace("%", "").trim());
            } catch (NumberFormatException e) {
                value = null;
            }
            bh.consume(value);
        }
    }

    /**
     * workplan: units split outside brackets, wraps joined.
     *
     * @param bh the sink
     */
    @Benchmark
    public void workplanUnits(Blackhole bh) {
        for (String cell : unitCells) {
            bh.consume(LeadUnit.parseList(cell));
        }
    }

    /**
     * The naive alternative: {@code split("、")}.
     *
     * @param bh the sink
     */
    @Benchmark
    public void naiveSplit(Blackhole bh) {
        for (String cell : unitCells) {
            bh.consume(cell.split("、"));
        }
    }
}
