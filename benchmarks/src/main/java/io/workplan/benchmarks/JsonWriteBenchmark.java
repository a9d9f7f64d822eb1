package io.workplan.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.workplan.core.ProgressReport;
import io.workplan.json.JsonWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Writing JSON: workplan's streaming writer against plain Jackson databind writing flat POJOs of
 * the same fields ({@link PlainReport}) to the same document ({@code PlainReportTest} checks the
 * two texts are equal).
 *
 * <p>Target: workplan within 1.25 times plain databind, time linear in the tasks.
 */
public class JsonWriteBenchmark extends SizedBenchmark {

    private ProgressReport report;
    private PlainReport plain;
    private final ObjectWriter plainWriter = new ObjectMapper().writerFor(PlainReport.class);

    /** Builds the report and its POJOs once. */
    @Setup
    public void prepare() {
        report = SampleReports.of(tasks);
        plain = PlainReport.of(report);
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

    /**
     * Jackson databind: flat POJOs to the same JSON.
     *
     * @return the JSON
     * @throws JsonProcessingException never, for these POJOs
     */
    @Benchmark
    public String jacksonDatabind() throws JsonProcessingException {
        return plainWriter.writeValueAsString(plain);
    }
}
