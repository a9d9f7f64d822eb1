package io.workplan.core.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The tasks behind schedule, kept as they come and given most behind first (by shortfall in points;
 * ties in the order they came): the one home of that order, for both aggregations. Holds only the
 * assessments of the tasks behind.
 */
final class BehindTasks {
    private static final Comparator<ScheduleAssessment> MOST_BEHIND_FIRST =
            Comparator.comparing((ScheduleAssessment a) -> a.shortfall().orElseThrow()).reversed();

    private final List<ScheduleAssessment> behind = new ArrayList<>();

    void add(ScheduleAssessment a) {
        if (a.status() == ScheduleStatus.BEHIND) {
            behind.add(a);
        }
    }

    /** The tasks behind, most behind first; a stable sort keeps ties in order. */
    List<ScheduleAssessment> mostBehindFirst() {
        List<ScheduleAssessment> sorted = new ArrayList<>(behind);
        sorted.sort(MOST_BEHIND_FIRST);
        return List.copyOf(sorted);
    }
}
