package io.workplan.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.workplan.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The CPU time of reading the JSON of {@link JsonReadBenchmark}: workplan's reader (whole, and entry
 * by entry from a stream) against Jackson databind to flat POJOs, in one JVM, the three taking turns
 * run after run so that a load on the machine weighs on each alike; the best and the median of the
 * second half of the runs are printed, with the ratios to databind. For a shared machine, where
 * JMH's wall-clock figures swing with the load ({@link CpuTime} measures one harness at a time).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.workplan.benchmarks.JsonCpuTime 100000 20
 * }</pre>
 */
public final class JsonCpuTime {
    private JsonCpuTime() {}

    /**
     * Measures and prints.
     *
     * @param args the tasks (10,000 unless given) and the runs of each reader (20 unless given)
     * @throws Exception what a reader throws
     */
    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String json = JsonReadBenchmark.document(tasks);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ObjectReader plain = new ObjectMapper().readerFor(PlainReport.class);
        Map<String, CpuTime.Work> readers = new LinkedHashMap<>();
        readers.put("workplanRead", () -> JsonReader.create().readString(json));
        readers.put("workplanReadEntryByEntry", () -> JsonReader.create().read(new ByteArrayInputStream(bytes), entry -> { }));
        readers.put("jacksonDatabind", () -> plain.readValue(json));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, double[]> ms = new LinkedHashMap<>();
        readers.keySet().forEach(name -> ms.put(name, new double[runs]));
        for (int run = 0; run < runs; run++) {
            for (Map.Entry<String, CpuTime.Work> reader : readers.entrySet()) {
                long start = threads.getCurrentThreadCpuTime();
                reader.getValue().run();
                ms.get(reader.getKey())[run] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
            }
        }
        double[] databind = measured(ms.get("jacksonDatabind"));
        System.out.printf(Locale.ROOT, "tasks %d, runs %d (the first half warms up): best and median ms of CPU time%n", tasks, runs);
        for (Map.Entry<String, double[]> e : ms.entrySet()) {
            double[] m = measured(e.getValue());
            System.out.printf(Locale.ROOT, "%-26s best %9.2f  median %9.2f  ratio to databind: best %.2f, median %.2f%n",
                    e.getKey(), m[0], m[m.length / 2], m[0] / databind[0], m[m.length / 2] / databind[databind.length / 2]);
        }
    }

    /** The second half of the runs, sorted. */
    private static double[] measured(double[] all) {
        double[] half = Arrays.copyOfRange(all, all.length / 2, all.length);
        Arrays.sort(half);
        return half;
    }
}
