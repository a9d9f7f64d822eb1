package io.workplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportHead;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonWriterTest {

    private static ProgressReport sharedCategoryName() {
        Category first = Category.of("(一)", "综合");
        Category second = Category.of("(二)", "综合");
        return ProgressReport.builder().title("t").period(ReportingPeriod.year(2024))
                .addCategories(first).addCategories(second)
                .addTasks(Task.builder().category(second).content("x").addLeadUnits(LeadUnit.of("区政府办")).build())
                .build();
    }

    private static long filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void aFileIsWrittenAndReplacedWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "old");

        JsonWriter.create().write(EveryFieldReport.version2(), file);

        assertThat(Files.readAllBytes(file)).isEqualTo(TestFiles.bytes(TestFiles.GOLDEN_V2 + "every-field.json"));
        assertThat(filesIn(dir)).isEqualTo(1);
        assertThat(JsonReader.create().read(file)).isEqualTo(EveryFieldReport.version2());
    }

    @Test
    void aReportThatCannotBeWrittenLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "old");

        JsonException e = catchThrowableOfType(JsonException.class, () -> JsonWriter.create().write(sharedCategoryName(), file));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).hasValue("/categories/1");
            assertThat(p.reason()).contains("the name '综合' is used by /categories/0 ('(一)综合') too");
        });
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aFailureHalfWayThroughTheFileLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "old");
        ProgressReport report = JsonReader.create().read(new ByteArrayInputStream(TestFiles.bytes(TestFiles.GOLDEN_V1 + "gongshu-2024-q2.json")));

        // An interrupted thread's file channel fails its first write: once the first 16 KB of the
        // report's 64 KB have passed the buffers, half-way through.
        Thread.currentThread().interrupt();
        JsonException e;
        try {
            e = catchThrowableOfType(JsonException.class, () -> JsonWriter.create().write(report, file));
        } finally {
            Thread.interrupted();
        }

        assertThat(e.getCause()).isInstanceOf(ClosedByInterruptException.class);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).hasValue(file.toString());
            assertThat(p.reason()).isEqualTo("the file cannot be written: an input/output error");
        });
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(filesIn(dir)).isEqualTo(1);
        JsonWriter.create().write(report, file);
        assertThat(JsonReader.create().read(file)).isEqualTo(report);
    }

    @Test
    void aFileInAMissingDirectoryIsOurException(@TempDir Path dir) {
        Path file = dir.resolve("missing").resolve("report.json");

        JsonException e = catchThrowableOfType(JsonException.class, () -> JsonWriter.create().write(EveryFieldReport.build(), file));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.source()).hasValue(file.toString()));
    }

    @Test
    void compactJsonIsOneLineOfTheSameReport() {
        String compact = JsonWriter.create().compact().writeString(EveryFieldReport.build());

        assertThat(compact).doesNotContain("\n  ").startsWith("{\"formatVersion\":2,\"title\":");
        assertThat(JsonReader.create().readString(compact)).isEqualTo(EveryFieldReport.build());
    }

    @Test
    void aStreamIsFlushedNotClosed() {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        JsonWriter.create().write(EveryFieldReport.build(), out);

        assertThat(closed[0]).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JsonWriter.create().writeString(EveryFieldReport.build()));
    }

    /** Two tasks of a table of 眉山市: the second's number kept as published, before its target. */
    private static ProgressReport markedNumberSecond(boolean markFirst) {
        Task.Builder second = Task.builder().number(9).content("城镇新增就业(人)").addLeadUnits(LeadUnit.of("市人社局"));
        if (markFirst) {
            second.putExtras("序号原文", "9*").putExtras("目标任务", "4000");
        } else {
            second.putExtras("目标任务", "4000").putExtras("序号原文", "9*");
        }
        return ProgressReport.builder().title("t").period(ReportingPeriod.months(2017, 7))
                .addTasks(Task.builder().number(8).content("城镇失业人员再就业(人)").addLeadUnits(LeadUnit.of("市人社局"))
                        .putExtras("目标任务", "26000").build())
                .addTasks(second.build())
                .build();
    }

    @Test
    void aTasksExtrasAreWrittenInTheOrderOfTheReportsExtraColumnsWhateverTheOrderOfItsMap() {
        ProgressReport marked = markedNumberSecond(true);
        assertThat(marked.extraColumns()).containsExactly("目标任务", "序号原文");

        String json = JsonWriter.create().compact().writeString(marked);

        assertThat(json).contains("\"extras\":{\"目标任务\":\"4000\",\"序号原文\":\"9*\"}");
        assertThat(json).isEqualTo(JsonWriter.create().compact().writeString(markedNumberSecond(false)));
    }

    @Test
    void entryByEntryTheExtrasFollowTheHeadsExtraColumnsOrWhenItListsNoneTheirFirstAppearance() {
        ProgressReport marked = markedNumberSecond(true);
        List<ProgressEntry> entries = marked.tasks().stream()
                .map(t -> ProgressEntry.of(t, marked.period(), Progress.parse("50%"))).collect(Collectors.toList());
        ReportHead listed = ReportHead.builder().from(marked.head()).extraColumns(List.of("序号原文", "目标任务")).build();
        ReportHead none = ReportHead.builder().from(marked.head()).extraColumns(List.of()).build();

        String byHead = write(listed, entries);
        String derived = write(none, entries);

        assertThat(byHead).contains("\"extras\":{\"序号原文\":\"9*\",\"目标任务\":\"4000\"}");
        assertThat(derived).contains("\"extras\":{\"目标任务\":\"4000\",\"序号原文\":\"9*\"}");
    }

    private static String write(ReportHead head, List<ProgressEntry> entries) {
        StringWriter out = new StringWriter();
        JsonWriter.create().compact().write(head, entries.iterator(), out);
        return out.toString();
    }
}
