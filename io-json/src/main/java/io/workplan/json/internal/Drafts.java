package io.workplan.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The objects of the format as read, before the domain builds them: one kind of draft for every
 * object, a field for every property. A property whose value could not be read leaves its field
 * {@code null} and the draft invalid (its problem was reported where it was found).
 */
final class Drafts {
    private Drafts() {}

    /** What every draft has: where the object starts, the properties seen, whether all could be read. */
    abstract static class Draft {
        final Spot at;
        /** The known properties seen, or {@code null} when the value was no object. */
        Tokens.Seen seen;
        boolean valid = true;

        Draft(Spot at) {
            this.at = at;
        }

        /** A property's value as read: {@code null} (a problem was reported) makes the object unusable. */
        <T> T read(T value) {
            valid &= value != null;
            return value;
        }

        /** Whether the value was an object whose properties were all read. */
        boolean usable() {
            return seen != null && valid;
        }
    }

    /** A report: its head, then its tasks, which name their category (resolved once the head is known). */
    static final class ReportDraft extends Draft {
        String title;
        ReportingPeriod period;
        String region;
        LocalDate publishedOn;
        String source;
        List<Category> categories;
        List<Spot> categorySpots;
        boolean extraColumnsSeen;
        List<String> extraColumns;
        List<Spot> extraColumnSpots;
        List<TaskDraft> tasks;

        ReportDraft(Spot at) {
            super(at);
        }
    }

    /** A period: a year, and at most one of quarter, half and month. */
    static final class PeriodDraft extends Draft {
        Integer year;
        /** The property of the span (quarter, half or month), when one was given. */
        String spanField;
        Integer index;

        PeriodDraft(Spot at) {
            super(at);
        }
    }

    /** A category: an enumerator, when given, and a name. */
    static final class CategoryDraft extends Draft {
        String enumerator;
        String name;

        CategoryDraft(Spot at) {
            super(at);
        }
    }

    /** A task as read: it names its category, which is resolved against the report's head. */
    static final class TaskDraft extends Draft {
        Integer number;
        String category;
        JsonLocation categoryLocation;
        String content;
        String leader;
        List<LeadUnit> leadUnits;
        List<LeadUnit> responsibleUnits;
        String remark;
        Map<String, String> extras;
        Progress progress;

        TaskDraft(Spot at) {
            super(at);
        }
    }

    /** A progress: its text, its kind and its percentage, when given. */
    static final class ProgressDraft extends Draft {
        String text;
        Progress.Kind kind;
        /** The line and column of the kind's value, for a problem of the kind against the text. */
        Spot kindAt;
        BigDecimal percent;
        /** The line and column of the percentage's value, when given. */
        Spot percentAt;

        ProgressDraft(Spot at) {
            super(at);
        }
    }
}
