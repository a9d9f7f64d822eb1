package io.workplan.core.aggregate;

import io.workplan.core.Problem;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A task that could not be followed from one period of a plan's history to the next: two tasks
 * or more of the other period fit it nearly as well, so it is matched to none (a task matched
 * wrongly is worse than one not matched); see {@link TaskMatcher}, <em>Ambiguous matches</em>.
 *
 * <pre>{@code
 * for (HistoryAmbiguity a : history.ambiguities()) {
 *     a.problem();   // 2024年第三季度: task 12 推进文化设施建设（一期） of 2024年第二季度 fits 2 tasks of 2024年第三季度 …
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class HistoryAmbiguity {

    HistoryAmbiguity() {}

    /**
     * The earlier of the two periods whose tasks were matched.
     *
     * @return the period
     */
    @Value.Parameter
    public abstract ReportingPeriod earlier();

    /**
     * The later of the two periods whose tasks were matched.
     *
     * @return the period
     */
    @Value.Parameter
    public abstract ReportingPeriod later();

    /**
     * The task and its candidates.
     *
     * @return the ambiguous match
     */
    @Value.Parameter
    public abstract AmbiguousMatch match();

    /**
     * Where and what, for people, as a warning: the period, the task and each candidate with its
     * similarity.
     *
     * @return the problem
     */
    public Problem problem() {
        AmbiguousMatch m = match();
        ReportingPeriod own = m.ofEarlier() ? earlier() : later();
        ReportingPeriod other = m.ofEarlier() ? later() : earlier();
        String candidates = m.candidates().stream()
                .map(c -> describe(m.ofEarlier() ? c.later() : c.earlier()) + " (similarity " + c.similarity().toPlainString() + ")")
                .collect(Collectors.joining(", "));
        return Problem.builder().severity(Problem.Severity.WARNING).path(own.label()).subject(describe(m.task()))
                .reason("fits " + m.candidates().size() + " tasks of " + other.label() + " nearly as well: " + candidates
                        + "; matched to none of them, the history shows it "
                        + (m.ofEarlier() ? "dropped" : "added") + " (check which is the same task)")
                .build();
    }

    /**
     * {@code task 12 推进…}: a task's number and whole content on one line (near-identical tasks
     * differ in a few characters, anywhere: a shortened content could hide them).
     */
    static String describe(Task task) {
        String content = task.content().replace('\n', ' ');
        return task.number().isPresent() ? "task " + task.number().getAsInt() + " " + content : "task " + content;
    }

    static HistoryAmbiguity of(ReportingPeriod earlier, ReportingPeriod later, AmbiguousMatch match) {
        return ImmutableHistoryAmbiguity.of(earlier, later, match);
    }
}
