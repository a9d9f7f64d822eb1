package io.workplan.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.workplan.core.Problem;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ReportHead;
import io.workplan.core.TaskSequence;
import io.workplan.json.JsonException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Writes a report from its head and its entries, one after the other, checking the entries as the
 * report would ({@link TaskSequence}, and each entry's period the head's): the bytes of {@link
 * ReportGenerator#writeReport} for the report of those entries, or a {@link JsonException} listing
 * every problem. At the first problem writing stops; the rest of the entries is still checked.
 */
public final class EntryWriter {
    private final ReportHead head;
    private final TaskSequence sequence;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * A writer of the entries of a report of this head.
     *
     * @param head the head
     */
    public EntryWriter(ReportHead head) {
        this.head = head;
        this.sequence = TaskSequence.of(head);
    }

    /**
     * Writes the report.
     *
     * @param entries the entries, in the report's order
     * @param g the generator
     * @throws IOException when the generator cannot write
     * @throws JsonException listing every problem of the entries, or when two categories share a name
     * @throws NullPointerException naming the entry that is null
     */
    public void write(Iterator<? extends ProgressEntry> entries, JsonGenerator g) throws IOException {
        ReportGenerator.writeHead(head, g);
        int index = 0;
        while (entries.hasNext() && problems.size() < ProblemList.MAX_PROBLEMS) {
            ProgressEntry entry = entries.next();
            if (entry == null) {
                throw new NullPointerException("entries[" + index + "]");
            }
            for (Problem problem : sequence.add(entry.task())) {
                problems.add(pointed(problem));
            }
            if (!entry.period().equals(head.period())) {
                problems.add(Problem.builder().path("/" + Names.TASKS + "/" + index).subject(Names.PERIOD)
                        .reason("the entry's period " + label(entry.period()) + " is not the head's period "
                                + label(head.period())).build());
            }
            if (problems.isEmpty()) {
                // a head listing no extra columns has the tasks' own, in order of first appearance, as a report
                List<String> extraColumns = entry.task().extras().isEmpty() ? List.of()
                        : head.extraColumns().isEmpty() ? sequence.extraColumns() : head.extraColumns();
                ReportGenerator.writeTask(entry.task(), Optional.of(entry.progress()), extraColumns, g);
            }
            index++;
        }
        if (!problems.isEmpty()) {
            if (entries.hasNext()) {
                problems.add(Problem.builder().path("/" + Names.TASKS + "/" + index)
                        .reason("checking stopped after " + ProblemList.MAX_PROBLEMS + " problems; there may be more").build());
            }
            throw new JsonException("The entries cannot be written as a JSON report", problems, null);
        }
        ReportGenerator.writeEnd(g);
    }

    /** A problem of the report's check at the pointer of its task: {@code tasks[3].number} is {@code /tasks/3/number}. */
    private static Problem pointed(Problem problem) {
        String relative = DomainPlaces.relative(problem.path().orElse(""));
        Problem.Builder b = Problem.builder().path("/" + relative).reason(problem.reason());
        String subject = DomainPlaces.subject(relative);
        if (subject != null) {
            b.subject(subject);
        }
        return b.build();
    }

    private static String label(Optional<?> period) {
        return period.map(Object::toString).orElse("(none)");
    }
}
