package io.workplan.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.workplan.core.ProgressReport;
import io.workplan.json.JsonReader;
import io.workplan.json.JsonWriter;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Reading JSON: workplan's streaming reader (a validated, normalised report, exact percentages,
 * every problem located) against what a user would do with Jackson alone: databind to flat POJOs of
 * the same fields ({@link PlainReport}) from the same document; and, as a floor, a tree of it. No
 * domain and no checks on Jackson's side.
 *
 * <p>Target: workplan within 1.25 times plain databind, time linear in the tasks. The 1,000,000
 * tasks need a heap of a few gigabytes: run them with quick settings ({@code benchmarks/run.sh}).
 */
public class JsonReadBenchmark extends SizedBenchmark {

    private String json;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectReader plainReader = mapper.readerFor(PlainReport.class);

    /** Writes the report's JSON once. */
    @Setup
    public void prepare() {
        json = document(tasks);
    }

    /** The document every JSON reading is measured on: the sample report of so many tasks, compact. */
    static String document(int tasks) {
        return JsonWriter.create().compact().writeString(SampleReports.of(tasks));
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
     * Jackson databind: JSON to flat POJOs.
     *
     * @return the POJOs
     * @throws IOException never, for this document
     */
    @Benchmark
    public PlainReport jacksonDatabind() throws IOException {
        return plainReader.readValue(json);
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
}
