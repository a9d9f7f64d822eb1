package io.workplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table names ExcelReadBenchmark's results after their readers, as ReadCpuTime's and HeapFloor's. */
class RatioTableTest {
    private static final List<String> CSV = List.of(
            "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\",\"Unit\",\"Param: reader\",\"Param: tasks\"",
            "\"io.workplan.benchmarks.ExcelReadBenchmark.read\",\"avgt\",1,3,252.000000,10.000000,\"ms/op\",WORKPLAN_STREAMING,10000",
            "\"io.workplan.benchmarks.ExcelReadBenchmark.read\",\"avgt\",1,3,160.000000,5.000000,\"ms/op\",FASTEXCEL,10000");

    @Test
    void aReaderParameterNamesTheResult() {
        assertThat(RatioTable.parse(CSV)).extracting(RatioTable.Result::method, RatioTable.Result::params)
                .containsExactly(tuple("workplanStreaming", "tasks=10000"), tuple("fastExcel", "tasks=10000"));
    }

    @Test
    void workplansReaderIsComparedWithTheOthersOfTheSameTasks() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RatioTable.print(RatioTable.parse(CSV), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains(
                "| ExcelReadBenchmark | tasks=10000 | workplanStreaming | 252 ± 10.0 ms/op | 39,683 | 25.20 | fastExcel"
                        + " | 160 ± 5.00 ms/op | 0.63 |");
    }

    @Test
    void everyReaderHasItsOwnName() {
        assertThat(List.of(SheetReaders.values())).extracting(SheetReaders::method).doesNotHaveDuplicates()
                .containsExactly("workplanInMemory", "workplanStreaming", "poiUsermodel", "poiSax", "fastExcel", "dhatim");
    }
}
