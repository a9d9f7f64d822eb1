package io.workplan.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.workplan.core.ProgressReport;
import io.workplan.json.JsonReader;
import io.workplan.json.JsonWriter;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON: workplan's streaming reader and writer (validated, exact, every problem located) against
 * what a user would do with Jackson alone: databind to flat POJOs of the same fields ({@link
 * PlainReport}), reading and writing the same document; and, as a floor, a tree of the document.
 * No domain, no checks on Jackson's side.
 *
 * <p>Target: workplan within 1.25 times plain databind, and time linear in the tasks. The 1,000,000
 * tasks take a few hundred megabytes of heap: run them with quick settings ({@code benchmarks/run.sh}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class JsonBenchmark {

    /** Tasks in the report. */
    @Param({"10000", "100000", "1000000"})
    public int tasks;

    private ProgressReport report;
    private PlainReport plain;
    private String json;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectReader plainReader = mapper.readerFor(PlainReport.class);
    private final ObjectWriter plainWriter = mapper.writerFor(PlainReport.class);

    /** Builds the report and its JSON once. */
    @Setup
    public void prepare() {
        report = SampleReports.of(tasks);
        plain = PlainReport.of(report);
        json = JsonWriter.create().compact().writeString(report);
    }

    /**
     * workplan: JSON to a validated report.
     *
     * @return the report
     */
    @Benchmark
    public ProgressReport workplanRead() {
        return JsonReader.create().readString(json);
    }

    /**
     * Jackson alone: JSON to a tree.
     *
     * @return the tree
     * @throws IOException never, for this document
     */
    @Benchmark
    public JsonNode jacksonTree() throws IOException {
        return mapper.readTree(json);
    }

    /**
     * Jackson databind: JSON to flat POJOs.
     *
     * @return the POJOs
     * @throws IOException never, for this document
     */
    @Benchmark
    public PlainReport jacksonRead() throws IOException {
        return plainReader.readValue(json);
    }

    /**
     * Jackson databind: flat POJOs to the same JSON.
     *
     * @return the JSON
     * @throws IOException never, for these POJOs
     */
    @Benchmark
    public String jacksonWrite() throws IOException {
        return plainWriter.writeValueAsString(plain);
    }

    /**
     * workplan: a report to JSON.
     *
     * @return the JSON
     */
    @Benchmark
    public String workplanWrite() {
        return JsonWriter.create().compact().writeString(report);
    }
}
