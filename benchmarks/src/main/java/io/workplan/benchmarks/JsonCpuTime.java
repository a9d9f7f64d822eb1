package io.workplan.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.workplan.json.JsonReader;

/**
 * The CPU time of reading the JSON of {@link JsonReadBenchmark} ({@link CpuTime}): workplan's
 * reader, entry by entry too, against Jackson databind to flat POJOs, in one JVM, one line of CSV
 * each. For a loaded machine, where JMH's wall-clock figures swing.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.workplan.benchmarks.JsonCpuTime 100000 9
 * }</pre>
 */
public final class JsonCpuTime {
    private JsonCpuTime() {}

    /**
     * Measures.
     *
     * @param args the tasks (10,000 unless given) and the runs ({@link CpuTime#RUNS} unless given)
     * @throws Exception what a reader throws
     */
    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = CpuTime.runs(args, 1);
        String json = JsonReadBenchmark.document(tasks);
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ObjectReader plain = new ObjectMapper().readerFor(PlainReport.class);
        for (int round = 0; round < 2; round++) {
            CpuTime.measure(JsonCpuTime.class, "workplanRead", tasks, runs, () -> JsonReader.create().readString(json));
            CpuTime.measure(JsonCpuTime.class, "workplanReadEntryByEntry", tasks, runs,
                    () -> JsonReader.create().read(new java.io.ByteArrayInputStream(bytes), entry -> { }));
            CpuTime.measure(JsonCpuTime.class, "jacksonDatabind", tasks, runs, () -> plain.readValue(json));
        }
    }
}
