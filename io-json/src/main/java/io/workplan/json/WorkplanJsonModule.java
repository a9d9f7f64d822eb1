package io.workplan.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.json.internal.DomainTypes;

/**
 * A Jackson {@link com.fasterxml.jackson.databind.Module} for the domain types, writing and reading
 * format version {@value JsonFormat#VERSION} with the same code as {@link JsonWriter} and {@link
 * JsonReader}: the JSON of a value is the same whichever way it is written.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new WorkplanJsonModule());
 * // or: new ObjectMapper().findAndRegisterModules(), which finds it through ServiceLoader
 * String json = mapper.writeValueAsString(report);
 * ProgressReport again = mapper.readValue(json, ProgressReport.class);
 * }</pre>
 *
 * <h2>Types</h2>
 *
 * {@link ProgressReport} (the whole document of the format), {@link ReportingPeriod}, {@link
 * Category}, {@link Progress} and {@link LeadUnit} (a string). A {@link io.workplan.core.Task} has no
 * JSON of its own: it names its category by name, which only its report can resolve.
 *
 * <h2>Differences from the facades</h2>
 *
 * Unknown properties are refused while {@link
 * com.fasterxml.jackson.databind.DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is enabled (the
 * default). The limits against hostile input are those of the mapper's own {@link
 * com.fasterxml.jackson.core.JsonFactory}, not those of {@link JsonReader}, and the mapper decodes
 * bytes as Jackson does, not as strictly as {@link JsonReader} (it reads an overlong UTF-8 form as
 * the character it stands for); for input from outside, prefer {@link JsonReader}.
 *
 * <h2>Problems of the input</h2>
 *
 * A value of these types that cannot be read is a {@link JsonException} listing every problem of
 * the value, each with its pointer from the root of the whole document and its line:column. Which
 * exception the caller of {@code ObjectMapper.readValue} gets depends on where the value is:
 *
 * <ul>
 *   <li>the value read itself ({@code mapper.readValue(json, ProgressReport.class)}): the {@link
 *       JsonException}, unwrapped;
 *   <li>a value inside another one that Jackson reads (a property of a bean, an element of a
 *       collection): while {@link
 *       com.fasterxml.jackson.databind.DeserializationFeature#WRAP_EXCEPTIONS} is enabled (the
 *       default), a {@link com.fasterxml.jackson.databind.JsonMappingException} carrying Jackson's
 *       path ({@code getPath()}), whose {@link Throwable#getCause() cause} is the {@link
 *       JsonException}; with it disabled, the {@link JsonException} itself.
 * </ul>
 *
 * Malformed JSON and the factory's limits are reported as problems of the {@link JsonException}
 * too, with the Jackson exception as its cause.
 *
 * <h2>Null</h2>
 *
 * The module's constructor takes no argument. Jackson hands its serializers and deserializers no
 * {@code null}: it writes a {@code null} value as JSON {@code null} and reads JSON {@code null} as
 * {@code null} itself (use {@link JsonReader}, which refuses a {@code null} document, for input
 * from outside). The facades' null arguments are {@link NullPointerException}s naming them.
 *
 * @since 0.1.0
 */
public final class WorkplanJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module; public and without parameters, as {@link java.util.ServiceLoader} needs. */
    public WorkplanJsonModule() {
        super(WorkplanJsonModule.class.getSimpleName(), Version.unknownVersion());
        DomainTypes.addTo(this);
    }
}
