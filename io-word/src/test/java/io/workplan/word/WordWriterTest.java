package io.workplan.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workplan.core.Category;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the writer refuses, and that a refused or failed write leaves the target as it was. */
class WordWriterTest {
    @TempDir
    Path dir;

    private static ProgressReport report(String content) {
        ReportingPeriod period = ReportingPeriod.quarter(2024, 2);
        Task task = Task.builder().number(1).category(Category.of("主要经济指标")).content(content).build();
        return ProgressReport.builder().title("2024年第二季度主要任务完成情况").period(period)
                .addEntries(ProgressEntry.of(task, period, Progress.parse("52%"))).build();
    }

    @Test
    void aCharacterThatXmlCannotCarryIsRefusedWithItsCellAndTheTargetLeftAsItWas() throws Exception {
        Path target = Files.writeString(dir.resolve("old.docx"), "the old file");

        assertThatThrownBy(() -> WordWriter.create().write(report("地区生产总值\u0001增长。"), target))
                .isInstanceOfSatisfying(WordException.class, e -> {
                    assertThat(e.getMessage()).startsWith("Cannot write " + target);
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.cell()).contains("C3");
                        assertThat(p.reason()).isEqualTo("the character U+0001 at index 6 cannot be stored in a Word document");
                    });
                });
        assertThat(Files.readString(target)).isEqualTo("the old file");
        assertThat(dir.toFile().list()).containsExactly("old.docx");
    }

    @Test
    void aFileThatCannotBeWrittenIsOurException() {
        Path target = dir.resolve("no-such-folder").resolve("x.docx");

        assertThatThrownBy(() -> WordWriter.create().write(report("甲。"), target)).isInstanceOf(WordException.class)
                .hasMessageContaining("the file cannot be written");
        assertThat(target).doesNotExist();
    }

    @Test
    void aStreamGetsTheDocumentAndStaysOpen() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the caller's stream was closed");
            }
        };

        WordWriter.create().write(report("甲。"), out);

        assertThat(WordReader.isWordDocument(out.toByteArray())).isTrue();
        assertThat(WordReader.isWordDocument("PK\3\4 not a docx".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(WordReader.create().read(new java.io.ByteArrayInputStream(out.toByteArray())).report().tasks())
                .extracting(Task::content).containsExactly("甲。");
    }
}
