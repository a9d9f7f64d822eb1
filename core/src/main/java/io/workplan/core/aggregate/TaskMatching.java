package io.workplan.core.aggregate;

import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link TaskMatcher#matching(java.util.List, java.util.List)} found between two lists of
 * tasks: the matches, and the matches held back because a task has a rival nearly as similar.
 *
 * <pre>{@code
 * TaskMatching m = TaskMatcher.standard().matching(q2.tasks(), q3.tasks());
 * m.matches();        // the tasks found to be the same
 * m.ambiguities();    // the tasks with two candidates or more, matched to none
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class TaskMatching {

    TaskMatching() {}

    /**
     * The matches, in the order of the later tasks; each task is in one match at most, and in none
     * when it is in an ambiguity.
     *
     * @return the matches
     */
    @Value.Parameter
    public abstract List<TaskMatch> matches();

    /**
     * The matches held back, one for each task that has a rival, in the order of the matches held
     * back (the later tasks' order).
     *
     * @return the ambiguities
     */
    @Value.Parameter
    public abstract List<AmbiguousMatch> ambiguities();

    static TaskMatching of(List<TaskMatch> matches, List<AmbiguousMatch> ambiguities) {
        return ImmutableTaskMatching.of(matches, ambiguities);
    }
}
