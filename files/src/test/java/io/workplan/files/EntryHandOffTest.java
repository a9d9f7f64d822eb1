package io.workplan.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportHead;
import io.workplan.sheet.samples.RealSamples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bridge from a pushing reader to a pulling writer: every entry once, every failure once, no thread left. */
class EntryHandOffTest {
    private static final ProgressReport REPORT = ReportFiles.read(RealSamples.file(RealSamples.GONGSHU_XLSX)).report();
    private static final FileReadSummary SUMMARY = FileReadSummary.builder().head(REPORT.head()).tasks(159).entries(159)
            .format(Format.XLSX).build();

    /** A reading of the sample's entries, {@code times} over (to fill the queue), then what {@code end} does. */
    private static EntryHandOff.Reading reading(int times, Runnable end) {
        return consumer -> {
            for (int i = 0; i < times; i++) {
                REPORT.entries().forEach(consumer);
            }
            end.run();
            return SUMMARY;
        };
    }

    @Test
    void everyEntryComesOnceInOrderThenTheSummary() {
        List<ProgressEntry> taken = new ArrayList<>();
        try (EntryHandOff entries = EntryHandOff.start("s", reading(40, () -> { }))) {
            entries.forEachRemaining(taken::add);
            assertThat(entries.summary()).isEqualTo(SUMMARY);
        }
        assertThat(taken).hasSize(40 * 159);
        assertThat(taken.subList(159, 318)).isEqualTo(REPORT.entries());
    }

    @Test
    void aFailureOfTheReadingComesAfterTheEntriesReadBeforeIt() {
        IllegalStateException failure = new IllegalStateException("the sheet's problems");
        List<ProgressEntry> taken = new ArrayList<>();
        Throwable thrown;
        try (EntryHandOff entries = EntryHandOff.start("s", reading(3, () -> {
            throw failure;
        }))) {
            thrown = catchThrowable(() -> entries.forEachRemaining(taken::add));
        }
        assertThat(thrown).isSameAs(failure);
        assertThat(taken).hasSize(3 * 159);
    }

    @Test
    void anErrorOfTheReadingComesOutAsItIs() {
        OutOfMemoryError error = new OutOfMemoryError("Java heap space");
        try (EntryHandOff entries = EntryHandOff.start("s", reading(0, () -> {
            throw error;
        }))) {
            assertThat(catchThrowable(entries::hasNext)).isSameAs(error);
        }
    }

    @Test
    void aWriterThatGivesUpStopsTheReadingAndLeavesNoThread() {
        EntryHandOff entries = EntryHandOff.start("s", reading(100_000, () -> { }));
        entries.next();
        entries.close();   // the reading is blocked on a full queue: it is stopped, not waited for forever
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("workplan-read"));
    }

    @Test
    void theHeadOfTheSummaryIsTheReportsHead() {
        assertThat(SUMMARY.head()).isEqualTo(ReportHead.builder().from(REPORT.head()).build());
    }
}
