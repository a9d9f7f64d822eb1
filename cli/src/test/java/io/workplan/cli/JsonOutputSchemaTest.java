package io.workplan.cli;

import static io.workplan.cli.CommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.workplan.cli.CommandsTest.Run;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON the tool prints ({@code summary} and {@code compare} with {@code --format json}) is what
 * its documented schema, {@code docs/workplan-cli-output-v1.schema.json}, says: on the real sample,
 * on a report without a period, and on a comparison with every kind of change.
 */
class JsonOutputSchemaTest {
    private static final Path SCHEMA_FILE = Path.of("..", "docs", "workplan-cli-output-v1.schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path sample;
    static Path edited;
    static Schema schema;

    @BeforeAll
    static void prepare() throws IOException {
        schema = load(SCHEMA_FILE);
        sample = CommandsTest.copySample(dir);
        Path json = dir.resolve("sample.json");
        assertThat(run("convert", sample.toString(), json.toString()).code()).isZero();
        // the same report without a period, one task's progress lowered and one task gone
        ObjectNode report = (ObjectNode) MAPPER.readTree(json.toFile());
        report.remove("period");
        report.put("title", "拱墅区《政府工作报告》主要任务完成情况");
        ArrayNode tasks = (ArrayNode) report.get("tasks");
        ObjectNode lowered = (ObjectNode) tasks.get(3);
        lowered.set("progress", MAPPER.readTree("{\"text\":\"10%\",\"kind\":\"percent\",\"percent\":10}"));
        tasks.remove(7);
        edited = dir.resolve("edited.json");
        MAPPER.writeValue(edited.toFile(), report);
    }

    @Test
    void theSummaryOfTheSampleIsWhatTheSchemaSays() throws IOException {
        JsonNode out = printed("summary", sample.toString(), "--format", "json");
        assertThat(out.get("tasksBehindSchedule")).isNotEmpty();
        assertThat(out.get("period").asText()).isEqualTo("2024年第二季度");
    }

    @Test
    void theSummaryOfAReportWithoutAPeriodIsWhatTheSchemaSays() throws IOException {
        JsonNode out = printed("summary", edited.toString(), "--format", "json");
        assertThat(out.get("period").isNull()).isTrue();
        assertThat(out.get("expectedPercent").isNull()).isTrue();
    }

    @Test
    void aSummaryByRegionWithAFailureIsWhatTheSchemaSays() throws IOException {
        Path broken = dir.resolve("broken.xlsx");
        Files.writeString(broken, "not a workbook");
        Run r = run("summary", sample.toString(), edited.toString(), broken.toString(), "--by", "region", "--expected", "50",
                "--format", "json");

        assertThat(r.code()).isEqualTo(1);
        assertThat(schema.validate(r.out(), InputFormat.JSON)).as(r.out()).isEmpty();
        JsonNode out = MAPPER.readTree(r.out());
        assertThat(out.get("regions")).hasSize(1);
        assertThat(out.get("regions").get(0).get("tables")).hasSize(2);
        assertThat(out.get("failures")).hasSize(1);
    }

    @Test
    void aComparisonWithChangesIsWhatTheSchemaSays() throws IOException {
        JsonNode out = printed("compare", sample.toString(), edited.toString(), "--format", "json");
        assertThat(out.get("wentDown")).hasSize(1);
        assertThat(out.get("removed")).hasSize(1);
        assertThat(out.get("later").get("period").isNull()).isTrue();
    }

    @Test
    void aComparisonWithAnAmbiguousMatchIsWhatTheSchemaSays() throws IOException {
        // Q4 of the quarters replaces a task of Q3 by two near-identical ones (一期, 二期): neither is taken
        GongshuQuarters quarters = new GongshuQuarters(Files.createDirectories(dir.resolve("quarters")));
        JsonNode out = printed("compare", quarters.q3.toString(), quarters.q4.toString(), "--format", "json");
        assertThat(out.get("ambiguities")).singleElement().satisfies(a -> {
            assertThat(a.get("in").asText()).isEqualTo("earlier");
            assertThat(a.get("candidates")).hasSize(2);
            assertThat(a.get("candidates").get(0).get("content").asText() + a.get("candidates").get(1).get("content").asText())
                    .contains("一期").contains("二期");
            assertThat(a.get("candidates").get(0).get("similarity").decimalValue()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        });
    }

    @Test
    void theSchemaIsNotVacuous() throws IOException {
        ObjectNode out = (ObjectNode) printed("summary", sample.toString(), "--format", "json");
        out.put("unknown", 1);
        assertThat(schema.validate(out.toString(), InputFormat.JSON)).isNotEmpty();
        ObjectNode group = (ObjectNode) ((ObjectNode) printed("summary", sample.toString(), "--format", "json"));
        ((ObjectNode) group.get("overall")).put("meanPercent", "60");
        assertThat(schema.validate(group.toString(), InputFormat.JSON)).isNotEmpty();
    }

    private static JsonNode printed(String... args) throws IOException {
        return printed(schema, args);
    }

    /** A schema of the tool's JSON (draft 2020-12). */
    static Schema load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        }
    }

    /** What a command prints, once it exited 0 with JSON that a schema finds valid. */
    static JsonNode printed(Schema schema, String... args) throws IOException {
        Run r = run(args);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(schema.validate(r.out(), InputFormat.JSON)).as(r.out()).isEmpty();
        return MAPPER.readTree(r.out());
    }
}
