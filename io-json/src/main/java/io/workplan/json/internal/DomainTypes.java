package io.workplan.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The domain types of {@code WorkplanJsonModule}, each named once with its two directions: a
 * serializer that hands the value to {@link ReportGenerator}, and a deserializer that reads it with
 * {@link ReportParser}.
 */
public final class DomainTypes {
    private DomainTypes() {}

    /**
     * Adds the serializer and the deserializer of each domain type to a module.
     *
     * @param module the module
     */
    public static void addTo(SimpleModule module) {
        add(module, ProgressReport.class, ReportGenerator::writeReport, ReportParser::readReport);
        add(module, ReportingPeriod.class, ReportGenerator::writePeriod, ReportParser::readPeriod);
        add(module, Category.class, ReportGenerator::writeCategory, ReportParser::readCategory);
        add(module, Progress.class, ReportGenerator::writeProgress, ReportParser::readProgress);
        // a unit is written as its name, and read from it
        add(module, LeadUnit.class, (unit, g) -> g.writeString(unit.name()), ReportParser::readLeadUnit);
    }

    @FunctionalInterface
    private interface Write<T> {
        void write(T value, JsonGenerator g) throws IOException;
    }

    private static <T> void add(SimpleModule module, Class<T> type, Write<T> write, Function<ReportParser, T> read) {
        module.addSerializer(type, new StdSerializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                write.write(value, g);
            }
        });
        module.addDeserializer(type, new StdDeserializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                boolean ignoreUnknown = !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
                return read.apply(new ReportParser(p, ignoreUnknown, Optional.empty()));
            }
        });
    }
}
