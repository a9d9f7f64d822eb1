package io.workplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorkplanJsonModuleTest {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    @Test
    void serviceLoaderFindsTheModule() {
        assertThat(ServiceLoader.load(Module.class).stream().map(ServiceLoader.Provider::type).collect(Collectors.toList()))
                .contains(WorkplanJsonModule.class);
        assertThat(mapper.getRegisteredModuleIds()).contains(WorkplanJsonModule.class.getSimpleName());
    }

    @Test
    void theMapperWritesAndReadsWhatTheFacadesDo() throws Exception {
        ProgressReport report = SampleReport.load();

        String json = mapper.writeValueAsString(report);

        assertThat(json).isEqualTo(JsonWriter.create().compact().writeString(report));
        assertThat(mapper.readValue(TestFiles.text(TestFiles.GOLDEN_V1 + "gongshu-2024-q2.json"), ProgressReport.class))
                .isEqualTo(report);
    }

    @Test
    void theSmallerTypesHaveTheirJsonOfTheFormat() throws Exception {
        assertThat(mapper.writeValueAsString(ReportingPeriod.months(2024, 9))).isEqualTo("{\"year\":2024,\"month\":9}");
        assertThat(mapper.writeValueAsString(ReportingPeriod.year(2024))).isEqualTo("{\"year\":2024}");
        assertThat(mapper.readValue("{\"year\":2025,\"half\":1}", ReportingPeriod.class)).isEqualTo(ReportingPeriod.half(2025, 1));
        assertThat(mapper.readValue("{\"enumerator\":\"(一)\",\"name\":\"目标\"}", Category.class)).isEqualTo(Category.of("(一)", "目标"));
        assertThat(mapper.writeValueAsString(Progress.parse("53.6%"))).isEqualTo("{\"text\":\"53.6%\",\"kind\":\"percent\",\"percent\":53.6}");
        assertThat(mapper.readValue("{\"text\":\"已完成\",\"kind\":\"completed\"}", Progress.class)).isEqualTo(Progress.parse("已完成"));
        assertThat(mapper.readValue("\"区财政局\"", LeadUnit.class)).isEqualTo(LeadUnit.of("区财政局"));
    }

    @Test
    void problemsAreOurExceptionAndUnknownPropertiesFollowTheMapper() throws Exception {
        JsonException e = catchThrowableOfType(JsonException.class,
                () -> mapper.readValue("{\"year\":2024,\"quarter\":2,\"week\":3}", ReportingPeriod.class));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.path()).hasValue("/week"));

        ObjectMapper lenient = new ObjectMapper().registerModule(new WorkplanJsonModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThat(lenient.readValue("{\"year\":2024,\"quarter\":2,\"week\":3}", ReportingPeriod.class))
                .isEqualTo(ReportingPeriod.quarter(2024, 2));
    }
    @Test
    void aPercentWhoseExponentIsOutOfRangeIsAProblemNotAJdkException() {
        String json = "{\"text\":\"x\",\"kind\":\"percent\",\"percent\":1e2147483648}";

        JsonException e = catchThrowableOfType(JsonException.class, () -> mapper.readValue(json, Progress.class));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).hasValue("/percent");
            assertThat(p.line()).hasValue(1);
            assertThat(p.column()).hasValue(json.indexOf("1e") + 1);
            assertThat(p.reason()).contains("more than 1000 digits");
        });
    }

    /** A bean holding a period, to see what a caller gets for a problem of a nested value. */
    static final class Holder {
        public String name;
        public ReportingPeriod period;
    }

    @Test
    void aProblemOfANestedValueIsWrappedByJacksonWithItsPathAndOurExceptionAsCause() {
        String json = "{\"name\":\"n\",\"period\":{\"year\":2024,\"week\":3}}";

        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(json, Holder.class));

        assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName).containsExactly("period");
        assertThat(e.getCause()).isInstanceOfSatisfying(JsonException.class, cause -> assertThat(cause.problems())
                .singleElement().satisfies(p -> assertThat(p.path()).hasValue("/period/week")));

        ObjectMapper unwrapped = new ObjectMapper().registerModule(new WorkplanJsonModule())
                .disable(DeserializationFeature.WRAP_EXCEPTIONS);
        JsonException direct = catchThrowableOfType(JsonException.class, () -> unwrapped.readValue(json, Holder.class));
        assertThat(direct.problems()).singleElement().satisfies(p -> assertThat(p.path()).hasValue("/period/week"));
    }
}
