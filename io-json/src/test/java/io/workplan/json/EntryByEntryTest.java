package io.workplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportHead;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and writing entry by entry: what is refused, where, and what is left behind. */
class EntryByEntryTest {

    private static final ReportingPeriod Q2 = ReportingPeriod.quarter(2024, 2);
    private static final Category ECONOMY = Category.of("(一)", "主要经济指标");
    private static final ReportHead HEAD = ReportHead.builder().title("2024年第二季度").period(Q2).addCategories(ECONOMY).build();
    private static final Consumer<ProgressEntry> IGNORED = e -> { };

    private static Task task(int number, String content) {
        return Task.builder().number(number).category(ECONOMY).content(content).addLeadUnits(LeadUnit.of("区财政局")).build();
    }

    private static ProgressEntry entry(int number, String content) {
        return ProgressEntry.of(task(number, content), Q2, Progress.parse("52%"));
    }

    private static InputStream utf8(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aStreamWhoseCategoriesComeAfterItsTasksIsRefusedThereAndReadFromAFile(@TempDir Path dir) throws Exception {
        String json = "{\"formatVersion\":2,\"title\":\"t\",\"tasks\":[{\"category\":\"a\",\"content\":\"甲\",\"leadUnits\":[],"
                + "\"progress\":{\"text\":\"52%\",\"kind\":\"percent\",\"percent\":52}}],\"categories\":[{\"name\":\"a\"}]}";

        JsonException e = catchThrowableOfType(JsonException.class, () -> JsonReader.create().read(utf8(json), IGNORED));

        // The tasks came before any category: they are not resolved, so no task is wrongly refused for its category.
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "/categories (line 1, column 159) [categories]: the property 'categories' comes after the tasks: a stream read"
                        + " entry by entry needs every property of the report before its tasks, as JsonWriter writes them; read"
                        + " the file from its path, or the whole report");
        Path file = dir.resolve("late.json");
        Files.writeString(file, json);
        List<ProgressEntry> read = new ArrayList<>();
        assertThat(JsonReader.create().read(file, read::add).head().categories()).containsExactly(Category.of("a"));
        assertThat(read).isEqualTo(JsonReader.create().read(file).entries());
    }

    @Test
    void aTaskWithoutProgressIsRefusedUnlessTasksWithoutProgressAreTaken() {
        String json = "{\"formatVersion\":2,\"title\":\"t\",\"categories\":[],\"tasks\":[{\"content\":\"甲\",\"leadUnits\":[]}]}";

        JsonException e = catchThrowableOfType(JsonException.class, () -> JsonReader.create().read(utf8(json), IGNORED));
        List<Task> tasks = new ArrayList<>();
        JsonReadSummary summary = JsonReader.create().read(utf8(json), IGNORED, tasks::add);

        assertThat(e.problems()).extracting(Problem::toString).containsExactly("/tasks/0 (line 1, column 57) [progress]: the"
                + " task has no progress: read entry by entry, each task is handed over as an entry with its progress; read the"
                + " whole report to keep a task without progress");
        assertThat(tasks).extracting(Task::content).containsExactly("甲");
        assertThat(summary.tasks()).isEqualTo(1);
        assertThat(summary.entries()).isZero();
    }

    @Test
    void noEntryIsHandedOverOnceAProblemIsFoundButEveryProblemIsListed() {
        String json = "{\"formatVersion\":2,\"title\":\"t\",\"categories\":[],\"tasks\":["
                + "{\"number\":1,\"content\":\"甲\",\"leadUnits\":[],\"progress\":{\"text\":\"52%\",\"kind\":\"percent\",\"percent\":52}},"
                + "{\"number\":1,\"content\":\"甲\",\"leadUnits\":[],\"progress\":{\"text\":\"52%\",\"kind\":\"percent\",\"percent\":52}},"
                + "{\"number\":2,\"content\":\"乙\",\"leadUnits\":[],\"progress\":{\"text\":\"52%\",\"kind\":\"percent\",\"percent\":52}},"
                + "{\"number\":1,\"content\":\"丙\",\"leadUnits\":[],\"progress\":{\"text\":\"52%\",\"kind\":\"percent\",\"percent\":52}}]}";
        List<ProgressEntry> handed = new ArrayList<>();

        JsonException e = catchThrowableOfType(JsonException.class, () -> JsonReader.create().read(utf8(json), handed::add));
        JsonException whole = catchThrowableOfType(JsonException.class, () -> JsonReader.create().read(utf8(json)));

        assertThat(handed).extracting(p -> p.task().content()).containsExactly("甲");
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "/tasks/1 (line 1, column 157): the same task is listed twice",
                "/tasks/3/number (line 1, column 357) [number]: the number 1 is used by tasks[0] too, not the task just above:"
                        + " only the sub-items of one item, listed one after another, share a number");
        assertThat(whole.problems()).isEqualTo(e.problems());
    }

    @Test
    void whatTheConsumerThrowsPassesUnchanged() {
        String json = JsonWriter.create().writeString(ProgressReport.builder().head(HEAD).addEntries(entry(1, "甲")).build());
        IllegalStateException thrown = new IllegalStateException("the consumer's own");

        assertThatThrownBy(() -> JsonReader.create().read(utf8(json), e -> {
            throw thrown;
        })).isSameAs(thrown);
    }

    @Test
    void entriesThatNoReportCouldHoldAreRefusedEveryOneAndNoFileIsLeft(@TempDir Path dir) {
        Path file = dir.resolve("report.json");
        List<ProgressEntry> entries = List.of(entry(1, "甲"), entry(1, "甲"), ProgressEntry.of(task(2, "乙"),
                ReportingPeriod.quarter(2024, 3), Progress.parse("52%")), entry(1, "丙"));

        JsonException e = catchThrowableOfType(JsonException.class,
                () -> JsonWriter.create().write(HEAD, entries.iterator(), file));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "/tasks/1: the same task is listed twice",
                "/tasks/2 [period]: the entry's period 2024年第三季度 is not the head's period 2024年第二季度",
                "/tasks/3/number [number]: the number 1 is used by tasks[0] too, not the task just above: only the sub-items"
                        + " of one item, listed one after another, share a number");
        assertThat(file).doesNotExist();
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void aStreamWrittenEntryByEntryIsTheWholeWritersText() {
        ProgressReport report = ProgressReport.builder().head(HEAD).addEntries(entry(1, "甲")).addEntries(entry(2, "乙")).build();
        StringWriter text = new StringWriter();
        JsonWriter.create().write(report.head(), report.entries().iterator(), text);

        assertThat(text.toString()).isEqualTo(JsonWriter.create().writeString(report));
    }

    @Test
    void aNullArgumentIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("report.json");
        Iterator<ProgressEntry> none = List.<ProgressEntry>of().iterator();
        JsonReader reader = JsonReader.create();
        JsonWriter writer = JsonWriter.create();

        assertThatThrownBy(() -> reader.read((Path) null)).hasMessage("file");
        assertThatThrownBy(() -> reader.read((InputStream) null)).hasMessage("in");
        assertThatThrownBy(() -> reader.read((java.io.Reader) null)).hasMessage("in");
        assertThatThrownBy(() -> reader.readString(null)).hasMessage("json");
        assertThatThrownBy(() -> reader.read(file, null)).hasMessage("entries");
        assertThatThrownBy(() -> reader.read((Path) null, IGNORED)).hasMessage("file");
        assertThatThrownBy(() -> reader.read(file, IGNORED, null)).hasMessage("tasksWithoutProgress");
        assertThatThrownBy(() -> reader.read((InputStream) null, IGNORED)).hasMessage("in");
        assertThatThrownBy(() -> writer.write(null, file)).hasMessage("report");
        assertThatThrownBy(() -> writer.write((ProgressReport) null, new ByteArrayOutputStream())).hasMessage("report");
        assertThatThrownBy(() -> writer.writeString(null)).hasMessage("report");
        assertThatThrownBy(() -> writer.write(HEAD, none, (Path) null)).hasMessage("file");
        assertThatThrownBy(() -> writer.write(null, none, file)).hasMessage("head");
        assertThatThrownBy(() -> writer.write(HEAD, null, new ByteArrayOutputStream())).hasMessage("entries");
        assertThatThrownBy(() -> writer.write(HEAD, Arrays.asList((ProgressEntry) null).iterator(), new StringWriter()))
                .isInstanceOf(NullPointerException.class).hasMessage("entries[0]");
    }
}
