package io.workplan.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import java.util.Optional;
import java.util.function.Function;

/** The deserializers of {@code WorkplanJsonModule}: each reads its value with {@link ReportParser}. */
public final class DomainDeserializers {
    private DomainDeserializers() {}

    /** Reads a report. */
    public static final StdDeserializer<ProgressReport> REPORT = of(ProgressReport.class, ReportParser::readReport);
    /** Reads a period. */
    public static final StdDeserializer<ReportingPeriod> PERIOD = of(ReportingPeriod.class, ReportParser::readPeriod);
    /** Reads a category. */
    public static final StdDeserializer<Category> CATEGORY = of(Category.class, ReportParser::readCategory);
    /** Reads a progress value. */
    public static final StdDeserializer<Progress> PROGRESS = of(Progress.class, ReportParser::readProgress);
    /** Reads a unit from its name. */
    public static final StdDeserializer<LeadUnit> LEAD_UNIT = of(LeadUnit.class, ReportParser::readLeadUnit);

    private static <T> StdDeserializer<T> of(Class<T> type, Function<ReportParser, T> read) {
        return new StdDeserializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                boolean ignoreUnknown = !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
                return read.apply(new ReportParser(p, ignoreUnknown, Optional.empty()));
            }
        };
    }
}
