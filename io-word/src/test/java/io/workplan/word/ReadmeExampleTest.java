package io.workplan.word;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.ProgressReport;
import io.workplan.sheet.TableReadOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example of "Reading and writing Word documents", kept compiling and true. */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    @Test
    void theReadmeExampleRuns() throws Exception {
        Path attachment = TestDocs.write(dir.resolve("附件1.docx"), "附件1", "2024年第二季度拱墅区《政府工作报告》主要任务完成情况",
                List.of(List.of("序号", "主要工作内容", "牵头单位", "完成进度"), List.of("1", "地区生产总值增长5.5%。", "区发改经信局", "52%")),
                "第二张表", List.of(List.of("主要工作内容", "完成进度"), List.of("一般公共预算收入增长。", "/")));

        WordReadResult read = WordReader.create().read(attachment);
        ProgressReport report = read.report();

        WordReader second = WordReader.create(WordReadOptions.builder()
                .table(TableReadOptions.builder().table(1).lenient(true).title("2024年第二季度拱墅区民生实事").build())
                .build());
        Path written = dir.resolve("gongshu.docx");
        WordWriter.create().write(report, written);

        assertThat(read.table()).isEqualTo("表1");
        assertThat(second.read(attachment).report().tasks()).hasSize(1);
        assertThat(WordReader.create().read(written).report().tasks()).isEqualTo(report.tasks());
    }
}
