package io.workplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.workplan.core.ProgressReport;
import io.workplan.testkit.WorkplanArbitraries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schemas of format versions 1 and 2 agree with the writer, the reader and the docs. */
class SchemaTest {

    private static final Schema SCHEMA_V1 = load(1);
    private static final Schema SCHEMA = load(2);

    private static Schema load(int version) {
        try (InputStream in = JsonFormat.openSchema(version)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** By the schema of the document's version: 1 when it says so, else 2. */
    static List<Error> validate(String json) {
        Schema schema = json.contains("\"formatVersion\":1") || json.contains("\"formatVersion\": 1") ? SCHEMA_V1 : SCHEMA;
        return schema.validate(json, InputFormat.JSON);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void theSchemaInTheJarIsTheOneInTheDocs(int version) throws IOException {
        try (InputStream in = JsonFormat.openSchema(version)) {
            assertThat(in.readAllBytes())
                    .isEqualTo(Files.readAllBytes(Path.of("../docs/workplan-report-v" + version + ".schema.json")));
        }
        assertThat(JsonFormat.openSchema()).hasSameContentAs(JsonFormat.openSchema(JsonFormat.VERSION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gongshu-2024-q2.json", "every-field.json"})
    void goldenFilesAreValid(String file) {
        assertThat(SCHEMA_V1.validate(TestFiles.text(TestFiles.GOLDEN_V1 + file), InputFormat.JSON)).isEmpty();
        assertThat(SCHEMA.validate(TestFiles.text(TestFiles.GOLDEN_V1 + file), InputFormat.JSON)).as("v1 is not v2").isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gongshu-2024-q2.json", "every-field.json", "without-categories.json", "without-period.json"})
    void version2GoldenFilesAreValid(String file) {
        assertThat(SCHEMA.validate(TestFiles.text(TestFiles.GOLDEN_V2 + file), InputFormat.JSON)).isEmpty();
    }

    @Property(tries = 300)
    void writtenReportsAreValid(@ForAll("reports") ProgressReport report) {
        assertThat(SCHEMA.validate(JsonWriter.create().writeString(report), InputFormat.JSON)).isEmpty();
        assertThat(SCHEMA.validate(JsonWriter.create().compact().writeString(report), InputFormat.JSON)).isEmpty();
    }

    @Provide
    Arbitrary<ProgressReport> reports() {
        return WorkplanArbitraries.reports(8).filter(TestFiles::uniqueCategoryNames);
    }

    /** Documents the schema refuses are refused by the reader too: the two tell the same format. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"formatVersion\":3,\"title\":\"t\",\"period\":{\"year\":2024},\"categories\":[],\"tasks\":[]}",
        "{\"formatVersion\":1,\"title\":\"t\",\"categories\":[],\"tasks\":[]}",
        "{\"formatVersion\":1,\"title\":\"t\",\"period\":{\"year\":2024},\"categories\":[],\"extraColumns\":[\"责任人\"],\"tasks\":[]}",
        "{\"formatVersion\":1,\"title\":\"t\",\"period\":{\"year\":2024},\"categories\":[{\"name\":\"c\"}],"
                + "\"tasks\":[{\"content\":\"x\",\"leadUnits\":[]}]}",
        "{\"formatVersion\":2,\"title\":\"t\",\"categories\":[],\"tasks\":[{\"content\":\"x\",\"leadUnits\":[],"
                + "\"extras\":{\"责任人\":1}}]}",
        "{\"formatVersion\":2,\"title\":\"t\",\"categories\":[],\"extraColumns\":[\"责任人\",\"责任人\"],\"tasks\":[]}",
        "{\"formatVersion\":2,\"title\":\"t\",\"categories\":[],\"tasks\":[{\"content\":\"x\",\"leadUnits\":[],"
                + "\"extras\":{\" \":\"张三\"}}]}",
        "{\"formatVersion\":2,\"title\":\"t\",\"categories\":[],\"tasks\":[{\"content\":\"x\",\"leadUnits\":[],"
                + "\"extras\":{\"责任人\":\"张三\"}}],\"period\":null}",
        "{\"formatVersion\":1,\"period\":{\"year\":2024},\"categories\":[],\"tasks\":[]}",
        "{\"formatVersion\":1,\"title\":\"t\",\"period\":{\"year\":2024,\"quarter\":2,\"month\":6},\"categories\":[],\"tasks\":[]}",
        "{\"formatVersion\":1,\"title\":\"t\",\"period\":{\"year\":2024,\"quarter\":5},\"categories\":[],\"tasks\":[]}",
        "{\"formatVersion\":1,\"title\":\"t\",\"period\":{\"year\":2024},\"region\":null,\"categories\":[],\"tasks\":[]}",
        "{\"formatVersion\":1,\"title\":\"t\",\"period\":{\"year\":2024},\"categories\":[],\"tasks\":[],\"extra\":1}",
        "{\"formatVersion\":1,\"title\":\"t\",\"period\":{\"year\":2024},\"publishedOn\":\"23.7.2024\",\"categories\":[],\"tasks\":[]}",
        "{\"formatVersion\":1,\"title\":\"t\",\"period\":{\"year\":2024},\"categories\":[{\"name\":\"c\"}],"
                + "\"tasks\":[{\"category\":\"c\",\"content\":\"x\",\"leadUnits\":[],\"progress\":{\"text\":\"52%\",\"kind\":\"percent\"}}]}",
        "{\"formatVersion\":1,\"title\":\"t\",\"period\":{\"year\":2024},\"categories\":[{\"name\":\"c\"}],"
                + "\"tasks\":[{\"category\":\"c\",\"content\":\"x\",\"leadUnits\":[],\"progress\":{\"text\":\"/\",\"kind\":\"notApplicable\",\"percent\":1}}]}",
        "{\"formatVersion\":1,\"title\":\"t\",\"period\":{\"year\":2024},\"categories\":[{\"name\":\"c\"}],"
                + "\"tasks\":[{\"category\":\"c\",\"content\":\"x\",\"leadUnits\":[],\"progress\":{\"text\":\"5%\",\"kind\":\"percent\",\"percent\":-5}}]}",
        "{\"formatVersion\":1,\"title\":\"t\",\"period\":{\"year\":2024},\"categories\":[{\"name\":\"c\"}],"
                + "\"tasks\":[{\"category\":\"c\",\"content\":\"x\",\"leadUnits\":[],\"progress\":{\"text\":\"?\",\"kind\":\"unknown\"}}]}",
        "{\"formatVersion\":1,\"title\":\"t\",\"period\":{\"year\":2024},\"categories\":[{\"name\":\"c\"}],"
                + "\"tasks\":[{\"number\":0,\"category\":\"c\",\"content\":\"x\",\"leadUnits\":[]}]}",
        "{\"formatVersion\":1,\"title\":\"t\",\"period\":{\"year\":2024},\"categories\":[{\"name\":\"c\"}],"
                + "\"tasks\":[{\"number\":1.5,\"category\":\"c\",\"content\":\"x\",\"leadUnits\":[]}]}",
        "{\"formatVersion\":1,\"title\":\"t\",\"period\":{\"year\":2024},\"categories\":[{\"name\":\"c\"}],"
                + "\"tasks\":[{\"category\":\"c\",\"content\":\" \",\"leadUnits\":[]}]}",
        "{\"formatVersion\":1,\"title\":\"t\",\"period\":{\"year\":2024},\"categories\":[{\"name\":\"c\"}],"
                + "\"tasks\":[{\"category\":\"c\",\"leadUnits\":[\"u\"]}]}",
    })
    void whatTheSchemaRefusesTheReaderRefuses(String json) {
        assertThat(validate(json)).isNotEmpty();
        assertThatThrownBy(() -> JsonReader.create().readString(json)).isInstanceOf(JsonException.class);
    }
}
