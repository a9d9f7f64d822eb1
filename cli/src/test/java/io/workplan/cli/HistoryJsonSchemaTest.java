package io.workplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code workplan history --format json} prints is what its documented schema, {@code
 * docs/workplan-cli-history-v1.schema.json}, says: on the four Gongshu quarters (every flag, a task
 * dropped, an ambiguous match) and on one period alone.
 */
class HistoryJsonSchemaTest {
    private static final Path SCHEMA_FILE = Path.of("..", "docs", "workplan-cli-history-v1.schema.json");

    @TempDir
    static Path dir;

    static GongshuQuarters quarters;
    static Schema schema;

    @BeforeAll
    static void prepare() throws IOException {
        schema = JsonOutputSchemaTest.load(SCHEMA_FILE);
        quarters = new GongshuQuarters(dir);
    }

    @Test
    void theHistoryOfFourQuartersIsWhatTheSchemaSays() throws IOException {
        JsonNode out = printed("history", quarters.q4.toString(), quarters.q2.toString(), quarters.q1.toString(),
                quarters.q3.toString(), "--format", "json", "--tolerance", "2");
        assertThat(out.get("ambiguities")).hasSize(1);
        assertThat(out.get("tolerancePoints").decimalValue()).isEqualByComparingTo("2");
        assertThat(out.get("expectedPercent").isNull()).isTrue();
    }

    @Test
    void theHistoryOfOnePeriodIsWhatTheSchemaSays() throws IOException {
        JsonNode out = printed("history", quarters.q2.toString(), "--format", "json", "--expected", "55");
        assertThat(out.get("periods")).hasSize(1);
        assertThat(out.get("expectedPercent").decimalValue()).isEqualByComparingTo("55");
        assertThat(out.get("ambiguities")).isEmpty();
    }

    @Test
    void theSchemaIsNotVacuous() throws IOException {
        ObjectNode out = (ObjectNode) printed("history", quarters.q1.toString(), quarters.q2.toString(), "--format", "json");
        ObjectNode step = (ObjectNode) out.get("tasks").get(0).get("steps").get(1);
        step.put("changePoints", "10");
        assertThat(schema.validate(out.toString(), InputFormat.JSON)).isNotEmpty();
        step.put("changePoints", 10);
        assertThat(schema.validate(out.toString(), InputFormat.JSON)).isEmpty();
        ((com.fasterxml.jackson.databind.node.ArrayNode) step.get("flags")).add("guessed");
        assertThat(schema.validate(out.toString(), InputFormat.JSON)).isNotEmpty();
    }

    private static JsonNode printed(String... args) throws IOException {
        return JsonOutputSchemaTest.printed(schema, args);
    }
}
