package io.workplan.sheet.internal;

import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportHead;
import io.workplan.core.Task;
import io.workplan.sheet.TableException;
import io.workplan.sheet.TableReadSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The entries of a report read whole, collected within the budget of text a report may hold
 * ({@link io.workplan.sheet.TableReadOptions#maxReportChars()}): the one place every format's reader
 * collects a report, so that a small file pointing thousands of cells at one long text is refused
 * with a message rather than exhausting the memory.
 */
public final class ReportCollector implements Consumer<ProgressEntry> {
    private final List<ProgressEntry> entries = new ArrayList<>();
    private final long maxChars;
    private final String source;
    private long chars;

    /**
     * A collector.
     *
     * @param maxChars the most characters of text the entries may hold
     * @param source the file's name, for the message
     */
    public ReportCollector(long maxChars, String source) {
        this.maxChars = maxChars;
        this.source = source;
    }

    /**
     * Collects an entry.
     *
     * @param entry the entry
     * @throws TableException when the entries would hold more text than the budget
     */
    @Override
    public void accept(ProgressEntry entry) {
        chars += chars(entry);
        if (chars > maxChars) {
            throw new TableException("Cannot read " + source, List.of(Problem.builder().source(source)
                    .reason(String.format(Locale.ROOT, "the report holds more than %,d characters of text by its task %,d"
                            + " (TableReadOptions.maxReportChars), more than a report is read whole with; reading"
                            + " stopped there: read it entry by entry, or raise the limit if the file is trusted",
                            maxChars, entries.size() + 1))
                    .build()));
        }
        entries.add(entry);
    }

    /**
     * The report of the entries collected, under a head.
     *
     * @param head the head: what the table gave ({@link TableReadSummary#head()}) and what the format knows besides
     * @return the report
     * @throws io.workplan.core.ValidationException when the report would be invalid (a bug of the reader)
     */
    public ProgressReport report(ReportHead head) {
        return ProgressReport.builder().head(head).entries(entries).build();
    }

    /** The characters of an entry's texts: its task's and its progress's. */
    static long chars(ProgressEntry entry) {
        Task task = entry.task();
        long n = task.content().length() + entry.progress().text().length();
        n += task.leader().map(String::length).orElse(0) + task.remark().map(String::length).orElse(0);
        n += task.category().map(c -> c.name().length()).orElse(0);
        for (LeadUnit unit : task.leadUnits()) {
            n += unit.name().length();
        }
        for (LeadUnit unit : task.responsibleUnits()) {
            n += unit.name().length();
        }
        for (var extra : task.extras().entrySet()) {
            n += extra.getKey().length() + extra.getValue().length();
        }
        return n;
    }
}
