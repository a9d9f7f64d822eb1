package io.workplan.json.internal;

import io.workplan.core.Category;
import io.workplan.core.Problem;
import io.workplan.core.ReportHead;
import io.workplan.core.ReportingPeriod;
import io.workplan.json.internal.Drafts.ReportDraft;
import java.util.List;
import java.util.Optional;

/** What the passes of a reading entry by entry hand on: the head of the first, the counts of the tasks. */
public final class EntryReading {
    private EntryReading() {}

    /** The head of a file's first pass, with what the second pass reads the tasks by. */
    public static final class Head {
        final ReportHead head;
        final boolean resolvable;
        final List<Category> categories;
        final List<String> extraColumns;
        final Optional<ReportingPeriod> period;
        final Integer version;
        final List<Problem> problems;

        Head(ReportDraft d, ReportHead head, Integer version, List<Problem> problems) {
            this.head = head;
            this.resolvable = ReportParser.resolvable(d);
            this.categories = ReportParser.readable(d.categories);
            this.extraColumns = ReportParser.readable(d.extraColumns);
            this.period = Optional.ofNullable(d.period);
            this.version = version;
            this.problems = List.copyOf(problems);
        }

        /**
         * The head.
         *
         * @return the head, or {@code null} when it has problems
         */
        public ReportHead head() {
            return head;
        }
    }

    /** How many tasks were read entry by entry, and how many of them had a progress. */
    public static final class Counts {
        int tasks;
        int entries;

        /** @return the tasks read */
        public int tasks() {
            return tasks;
        }

        /** @return the tasks read with a progress */
        public int entries() {
            return entries;
        }
    }

    /**
     * What a stream read entry by entry gave: its head and counts.
     *
     * @param head the head
     * @param counts the counts
     */
    public record Streamed(ReportHead head, Counts counts) {}
}
