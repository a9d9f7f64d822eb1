package io.workplan.core.aggregate;

import io.workplan.core.Task;
import io.workplan.core.internal.Checks;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A task of one report that two tasks or more of the other report fit nearly as well: it is
 * matched to none of them (see {@link TaskMatcher}, <em>Ambiguous matches</em>), and a person
 * decides.
 *
 * <pre>{@code
 * AmbiguousMatch a = matching.ambiguities().get(0);
 * a.task();                        // 推进文化设施建设（一期）
 * a.candidates();                  // the match the rounds took and its rivals, the most similar first
 * a.candidates().get(0).similarity();
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class AmbiguousMatch {

    AmbiguousMatch() {}

    /**
     * The task with several candidates.
     *
     * @return the task
     */
    @Value.Parameter
    public abstract Task task();

    /**
     * Whether {@link #task()} is of the earlier report (its candidates of the later), or of the later.
     *
     * @return whether it is of the earlier report
     */
    @Value.Parameter
    public abstract boolean ofEarlier();

    /**
     * The candidates: each a {@link TaskMatch} of the task with one task of the other report, the
     * most similar first; two or more.
     *
     * @return the candidate matches
     */
    @Value.Parameter
    public abstract List<TaskMatch> candidates();

    /**
     * The candidate tasks of the other report, in the order of {@link #candidates()}.
     *
     * @return the tasks
     */
    public List<Task> candidateTasks() {
        return candidates().stream().map(m -> ofEarlier() ? m.later() : m.earlier()).collect(Collectors.toUnmodifiableList());
    }

    @Value.Check
    void check() {
        Checks checks = new Checks();
        checks.require(candidates().size() >= 2, "candidates",
                () -> "an ambiguous match has two candidates or more, had " + candidates().size());
        checks.throwIfAny("AmbiguousMatch");
    }

    static AmbiguousMatch of(Task task, boolean ofEarlier, List<TaskMatch> candidates) {
        return ImmutableAmbiguousMatch.of(task, ofEarlier, candidates);
    }
}
