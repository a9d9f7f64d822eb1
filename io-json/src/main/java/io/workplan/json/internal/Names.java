package io.workplan.json.internal;

import io.workplan.core.Progress;
import io.workplan.core.ReportingPeriod;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON names of format versions 1 and 2, in one place: property names and the names of enum
 * values. Written out explicitly so that renaming a Java constant never changes the wire format.
 */
public final class Names {
    private Names() {}

    /** The format version this library writes. */
    public static final int FORMAT_VERSION = io.workplan.json.JsonFormat.VERSION;

    /** The first format version, which this library still reads. */
    public static final int FORMAT_VERSION_1 = 1;

    static final String FORMAT_VERSION_FIELD = "formatVersion";
    static final String TITLE = "title";
    static final String PERIOD = "period";
    static final String REGION = "region";
    static final String PUBLISHED_ON = "publishedOn";
    static final String SOURCE = "source";
    static final String CATEGORIES = "categories";
    static final String EXTRA_COLUMNS = "extraColumns";
    static final String TASKS = "tasks";

    static final String YEAR = "year";
    static final String QUARTER = "quarter";
    static final String HALF = "half";
    static final String MONTH = "month";

    static final String ENUMERATOR = "enumerator";
    static final String NAME = "name";

    static final String NUMBER = "number";
    static final String CATEGORY = "category";
    static final String CONTENT = "content";
    static final String LEADER = "leader";
    static final String LEAD_UNITS = "leadUnits";
    static final String RESPONSIBLE_UNITS = "responsibleUnits";
    static final String REMARK = "remark";
    static final String EXTRAS = "extras";
    static final String PROGRESS = "progress";

    static final String TEXT = "text";
    static final String KIND = "kind";
    static final String PERCENT = "percent";

    /** The properties of each object in version 2, in the order the writer writes them. */
    static final List<String> REPORT_FIELDS = List.of(FORMAT_VERSION_FIELD, TITLE, PERIOD, REGION, PUBLISHED_ON, SOURCE,
            CATEGORIES, EXTRA_COLUMNS, TASKS);
    static final List<String> PERIOD_FIELDS = List.of(YEAR, QUARTER, HALF, MONTH);
    static final List<String> CATEGORY_FIELDS = List.of(ENUMERATOR, NAME);
    static final List<String> TASK_FIELDS = List.of(NUMBER, CATEGORY, CONTENT, LEADER, LEAD_UNITS, RESPONSIBLE_UNITS, REMARK,
            EXTRAS, PROGRESS);
    static final List<String> PROGRESS_FIELDS = List.of(TEXT, KIND, PERCENT);

    /** The properties of the objects that version 1 has fewer of: no extra columns, no extras. */
    static final List<String> REPORT_FIELDS_V1 = List.of(FORMAT_VERSION_FIELD, TITLE, PERIOD, REGION, PUBLISHED_ON, SOURCE,
            CATEGORIES, TASKS);
    static final List<String> TASK_FIELDS_V1 = List.of(NUMBER, CATEGORY, CONTENT, LEADER, LEAD_UNITS, RESPONSIBLE_UNITS, REMARK,
            PROGRESS);

    private static final Map<Progress.Kind, String> KINDS = new EnumMap<>(Map.of(
            Progress.Kind.PERCENT, "percent",
            Progress.Kind.NOT_APPLICABLE, "notApplicable",
            Progress.Kind.COMPLETED, "completed",
            Progress.Kind.ON_SCHEDULE, "onSchedule",
            Progress.Kind.DATA_PENDING, "dataPending",
            Progress.Kind.NARRATIVE, "narrative"));

    private static final Map<String, Progress.Kind> KINDS_BY_NAME = new LinkedHashMap<>();

    static {
        KINDS.forEach((kind, name) -> KINDS_BY_NAME.put(name, kind));
    }

    static String kindName(Progress.Kind kind) {
        return KINDS.get(kind);
    }

    static Optional<Progress.Kind> kind(String name) {
        return Optional.ofNullable(KINDS_BY_NAME.get(name));
    }

    static String kindNames() {
        return String.join(", ", KINDS.values());
    }

    /** The property that carries a period's index, or empty for a whole year. */
    static Optional<String> spanField(ReportingPeriod.Span span) {
        switch (span) {
            case QUARTER:
                return Optional.of(QUARTER);
            case HALF:
                return Optional.of(HALF);
            case MONTHS:
                return Optional.of(MONTH);
            default:
                return Optional.empty();
        }
    }

    static ReportingPeriod.Span span(String field) {
        switch (field) {
            case QUARTER:
                return ReportingPeriod.Span.QUARTER;
            case HALF:
                return ReportingPeriod.Span.HALF;
            default:
                return ReportingPeriod.Span.MONTHS;
        }
    }
}
