package io.workplan.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.WorkplanException;
import io.workplan.excel.ExcelWriterOptions;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.samples.RealSamples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading and converting entry by entry give what the whole report gives: the same entries and
 * head for every format, the same workbook from a conversion, the same problems.
 */
class EntryByEntryFilesTest {
    @TempDir
    Path dir;

    private static ProgressReport sample() {
        return ReportFiles.read(RealSamples.file(RealSamples.GONGSHU_XLSX)).report();
    }

    @ParameterizedTest
    @ValueSource(strings = {"r.xlsx", "r.xls", "r.html", "r.docx", "r.csv", "r.tsv", "r.json"})
    void everyFormatHandsOverTheEntriesAndTheHeadOfItsWholeReport(String name) {
        Path file = dir.resolve(name);
        ReportFiles.write(sample(), file);
        FileReadResult whole = ReportFiles.read(file);
        for (boolean streaming : new boolean[] {true, false}) {
            List<ProgressEntry> entries = new ArrayList<>();
            FileReadSummary summary = ReportFiles.read(file, FileReadOptions.builder().streaming(streaming).build(), entries::add);
            assertThat(entries).as(name).isEqualTo(whole.report().entries());
            assertThat(summary.head()).as(name).isEqualTo(whole.report().head());
            assertThat(summary.tasks()).isEqualTo(summary.entries()).isEqualTo(159);
            assertThat(summary.warnings()).isEqualTo(whole.warnings());
            assertThat(summary.format()).isEqualTo(whole.format());
            assertThat(summary.encoding()).isEqualTo(whole.encoding());
        }
    }

    @Test
    void theExtraColumnsOfAStreamedSheetAreThoseOfItsWholeReport() {
        ProgressReport report = ReportFiles.read(RealSamples.file(RealSamples.GONGSHU_XLSX)).report();
        List<io.workplan.core.Task> tasks = new ArrayList<>();
        for (int i = 0; i < report.tasks().size(); i++) {
            io.workplan.core.Task t = report.tasks().get(i);
            // the second column first appears on a later task than the first: their order is of first appearance
            tasks.add(i % 3 == 0 ? io.workplan.core.Task.builder().from(t).putExtras("时间节点", "6月底").build()
                    : i % 3 == 1 ? io.workplan.core.Task.builder().from(t).putExtras("责任人", "张三").build() : t);
        }
        ProgressReport withExtras = ProgressReport.builder().from(report).extraColumns(List.of("责任人", "时间节点"))
                .tasks(tasks).entries(List.of()).build();
        ProgressReport entries = ProgressReport.builder().from(withExtras).entries(withExtras.tasks().stream()
                .map(t -> ProgressEntry.of(t, report.period(), report.progressOf(report.tasks().get(withExtras.tasks().indexOf(t)))
                        .orElseThrow())).toList()).build();
        Path file = dir.resolve("extras.xlsx");
        ReportFiles.write(entries, file);
        FileReadSummary summary = ReportFiles.read(file, FileReadOptions.defaults(), e -> { });
        assertThat(summary.head()).isEqualTo(ReportFiles.read(file).report().head());
        assertThat(summary.head().extraColumns()).containsExactlyInAnyOrder("责任人", "时间节点");
    }

    @ParameterizedTest
    @ValueSource(strings = {"out.xlsx", "out.xls"})
    void aWorkbookConvertedEntryByEntryIsTheWorkbookTheWholeReportWrites(String name) throws IOException {
        Path in = RealSamples.file(RealSamples.GONGSHU_XLSX);
        Path streamed = dir.resolve("streamed-" + name);
        Path whole = dir.resolve("whole-" + name);
        FileWriteOptions options = FileWriteOptions.builder()
                .excel(ExcelWriterOptions.builder().summarySheets(true).mergeRuns(true).build()).build();
        assertThat(ReportFiles.convertsEntryByEntry(in, FileReadOptions.defaults(), streamed)).isTrue();

        FileReadSummary summary = ReportFiles.convert(in, FileReadOptions.defaults(), streamed, options);
        ReportFiles.write(ReportFiles.read(in).report(), whole, options);

        assertThat(summary.tasks()).isEqualTo(159);
        assertThat(summary.head()).isEqualTo(ReportFiles.read(in).report().head());
        if (name.endsWith(".xlsx")) {
            assertThat(parts(streamed)).isEqualTo(parts(whole));
        } else {
            assertThat(ReportFiles.read(streamed).report()).isEqualTo(ReportFiles.read(whole).report());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"out.xlsx", "out.xls", "out.json", "sample.json"})
    void theRealSampleConvertedToAndFromJsonEntryByEntryIsTheFileTheWholeReportWrites(String name) throws IOException {
        // the sample's .xlsx to each target, and the sample as JSON to each (sample.json: JSON to JSON)
        Path json = dir.resolve("in.json");
        ReportFiles.write(sample(), json);
        for (Path in : List.of(RealSamples.file(RealSamples.GONGSHU_XLSX), json)) {
            Path streamed = dir.resolve("streamed-" + name);
            Path whole = dir.resolve("whole-" + name);
            FileWriteOptions options = name.endsWith(".json") ? FileWriteOptions.defaults() : FileWriteOptions.builder()
                    .excel(ExcelWriterOptions.builder().summarySheets(true).build()).build();
            assertThat(ReportFiles.convertsEntryByEntry(in, FileReadOptions.defaults(), streamed)).isTrue();

            FileReadSummary summary = ReportFiles.convert(in, FileReadOptions.defaults(), streamed, options);
            FileReadResult read = ReportFiles.read(in);
            ReportFiles.write(read.report(), whole, options);

            assertThat(summary).isEqualTo(read.summary());
            assertThat(summary.tasks()).isEqualTo(159);
            if (name.endsWith(".xlsx")) {
                assertThat(parts(streamed)).as(in + " to " + name).isEqualTo(parts(whole));
            } else if (name.endsWith(".xls")) {
                assertThat(ReportFiles.read(streamed).report()).isEqualTo(ReportFiles.read(whole).report());
            } else {
                assertThat(Files.readAllBytes(streamed)).as(in + " to " + name).isEqualTo(Files.readAllBytes(whole));
            }
        }
    }

    @Test
    void aJsonReportWithTasksWithoutProgressIsHandedOverTaskByTaskAndConvertedWhole() throws IOException {
        ProgressReport sample = sample();
        // every third task without its entry
        List<ProgressEntry> kept = new ArrayList<>();
        for (int i = 0; i < sample.entries().size(); i++) {
            if (i % 3 != 0) {
                kept.add(sample.entries().get(i));
            }
        }
        ProgressReport report = ProgressReport.builder().from(sample).entries(kept).build();
        Path in = dir.resolve("in.json");
        ReportFiles.write(report, in);
        List<Object> handed = new ArrayList<>();
        FileReadSummary summary = ReportFiles.read(in, FileReadOptions.defaults(), handed::add, handed::add);
        assertThat(handed).isEqualTo(report.tasks().stream().map(t -> report.entryFor(t).<Object>map(e -> e).orElse(t)).toList());
        assertThat(summary).isEqualTo(ReportFiles.read(in).summary());
        assertThat(summary.entries()).isEqualTo(kept.size()).isLessThan(summary.tasks());

        for (String name : List.of("out.json", "out.xlsx")) {
            Path converted = dir.resolve("converted-" + name);
            Path written = dir.resolve("written-" + name);
            ReportFiles.convert(in, FileReadOptions.defaults(), converted, FileWriteOptions.defaults());
            ReportFiles.write(report, written);
            if (name.endsWith(".json")) {
                assertThat(Files.readAllBytes(converted)).isEqualTo(Files.readAllBytes(written));
            } else {
                assertThat(parts(converted)).isEqualTo(parts(written));
            }
        }
    }

    @Test
    void aBrokenJsonReportReadEntryByEntryGivesTheProblemsOfTheWholeRead() throws IOException {
        Path good = dir.resolve("good.json");
        ReportFiles.write(sample(), good);
        // a problem of the head (a category of no name) and problems of tasks (a blank content, a number not whole)
        String text = Files.readString(good);
        String broken = text.replaceFirst("\"content\": \"[^\"]*\"", "\"content\": \" \"")
                .replaceFirst("\"number\": 2,", "\"number\": 2.5,")
                .replaceFirst("\"title\": \"[^\"]*\"", "\"title\": 7");
        assertThat(broken).isNotEqualTo(text);
        Path in = dir.resolve("broken.json");
        Files.writeString(in, broken);
        WorkplanException whole = catchThrowableOfType(() -> ReportFiles.read(in), WorkplanException.class);
        List<ProgressEntry> entries = new ArrayList<>();
        WorkplanException streamed = catchThrowableOfType(() -> ReportFiles.read(in, FileReadOptions.defaults(), entries::add),
                WorkplanException.class);
        assertThat(whole).isNotNull();
        assertThat(whole.problems()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(streamed).isNotNull().hasSameClassAs(whole);
        assertThat(streamed.getMessage()).startsWith(whole.getMessage().substring(0, whole.getMessage().indexOf('\n')));
        // the same problems; the entry-by-entry reading lists each task's checks with its task, the whole read after all tasks
        assertThat(streamed.problems()).containsExactlyInAnyOrderElementsOf(whole.problems());
    }

    @Test
    void aConversionThatHoldsTheReportGivesTheSameFileAsReadThenWrite() throws IOException {
        Path in = RealSamples.file(RealSamples.GONGSHU_XLSX);
        Path converted = dir.resolve("c.csv");
        Path written = dir.resolve("w.csv");
        assertThat(ReportFiles.convertsEntryByEntry(in, FileReadOptions.defaults(), converted)).isFalse();
        ReportFiles.convert(in, FileReadOptions.defaults(), converted, FileWriteOptions.defaults());
        ReportFiles.write(ReportFiles.read(in).report(), written);
        assertThat(Files.readAllBytes(converted)).isEqualTo(Files.readAllBytes(written));
    }

    @Test
    void aSheetWithProblemsIsRefusedWithEveryProblemAndNothingIsWritten() {
        Path in = RealSamples.file(RealSamples.GONGSHU_XLSX);
        Path out = dir.resolve("out.xlsx");
        // a header word that takes 主要工作内容 away: every row then lacks its content
        FileReadOptions options = FileReadOptions.builder().table(TableReadOptions.builder()
                .putHeaders("主要工作内容", io.workplan.sheet.ColumnRole.REMARK).build()).build();
        WorkplanException whole = catchThrowableOfType(() -> ReportFiles.read(in, options), WorkplanException.class);
        WorkplanException converted = catchThrowableOfType(
                () -> ReportFiles.convert(in, options, out, FileWriteOptions.defaults()), WorkplanException.class);
        assertThat(converted).isNotNull();
        assertThat(converted.problems()).isEqualTo(whole.problems());
        assertThat(out).doesNotExist();
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void aTargetThatCannotBeWrittenFailsOnceAndLeavesNoReadingBehind() {
        Path in = RealSamples.file(RealSamples.GONGSHU_XLSX);
        Path out = dir.resolve("no such directory").resolve("out.xlsx");
        WorkplanException e = catchThrowableOfType(
                () -> ReportFiles.convert(in, FileReadOptions.defaults(), out, FileWriteOptions.defaults()), WorkplanException.class);
        assertThat(e).isNotNull().hasCauseInstanceOf(IOException.class);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("workplan-read"));
    }

    /** The parts of a workbook but its core properties, which hold the time it was written. */
    static Map<String, String> parts(Path workbook) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String text;
                try (InputStream in = zip.getInputStream(entry)) {
                    text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
                parts.put(entry.getName(), entry.getName().equals("docProps/core.xml")
                        ? text.replaceAll("<dcterms:(created|modified)[^<]*</dcterms:\\1>", "") : text);
            }
        }
        return parts;
    }
}
