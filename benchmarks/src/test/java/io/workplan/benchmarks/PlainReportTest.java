package io.workplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.workplan.core.ProgressReport;
import io.workplan.json.JsonReader;
import io.workplan.json.JsonWriter;
import org.junit.jupiter.api.Test;

/** Plain Jackson and workplan read and write the same JSON document in {@link JsonReadBenchmark} and {@link JsonWriteBenchmark}. */
class PlainReportTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final ProgressReport report = SampleReports.of(500);
    private final String json = JsonWriter.create().compact().writeString(report);

    @Test
    void plainJacksonWritesWhatWorkplanWrites() throws Exception {
        assertThat(mapper.writeValueAsString(PlainReport.of(report))).isEqualTo(json);
    }

    @Test
    void plainJacksonReadsWhatWorkplanWritesAndWritesItBack() throws Exception {
        PlainReport read = mapper.readValue(json, PlainReport.class);
        assertThat(read.tasks).hasSize(500);
        assertThat(mapper.writeValueAsString(read)).isEqualTo(json);
    }

    @Test
    void workplanReadsTheDocumentBackToTheReport() {
        assertThat(JsonReader.create().readString(json)).isEqualTo(report);
    }
}
