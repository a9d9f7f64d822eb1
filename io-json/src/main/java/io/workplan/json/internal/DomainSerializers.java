package io.workplan.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import java.io.IOException;

/** The serializers of {@code WorkplanJsonModule}: each hands its value to {@link ReportGenerator}. */
public final class DomainSerializers {
    private DomainSerializers() {}

    /** Writes a report. */
    public static final StdSerializer<ProgressReport> REPORT = of(ProgressReport.class, ReportGenerator::writeReport);
    /** Writes a period. */
    public static final StdSerializer<ReportingPeriod> PERIOD = of(ReportingPeriod.class, ReportGenerator::writePeriod);
    /** Writes a category. */
    public static final StdSerializer<Category> CATEGORY = of(Category.class, ReportGenerator::writeCategory);
    /** Writes a progress value. */
    public static final StdSerializer<Progress> PROGRESS = of(Progress.class, ReportGenerator::writeProgress);
    /** Writes a unit as its name. */
    public static final StdSerializer<LeadUnit> LEAD_UNIT = of(LeadUnit.class, (unit, g) -> g.writeString(unit.name()));

    @FunctionalInterface
    private interface Write<T> {
        void write(T value, JsonGenerator g) throws IOException;
    }

    private static <T> StdSerializer<T> of(Class<T> type, Write<T> write) {
        return new StdSerializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                write.write(value, g);
            }
        };
    }
}
