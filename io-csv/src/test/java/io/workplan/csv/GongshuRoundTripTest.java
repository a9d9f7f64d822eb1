package io.workplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real workbook's report (159 tasks, 24 categories) written as CSV in every charset the writer
 * has, and as TSV, reads back to exactly that report (but for its source), from a file, from a
 * stream and entry by entry, with the charset, mark and delimiter found as written.
 */
class GongshuRoundTripTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    static Stream<Arguments> writings() {
        return Stream.of(
                Arguments.of("gongshu.csv", StandardCharsets.UTF_8, true, ',', StandardCharsets.UTF_8),
                Arguments.of("gongshu.csv", StandardCharsets.UTF_8, false, ',', StandardCharsets.UTF_8),
                Arguments.of("gongshu.csv", StandardCharsets.UTF_16LE, true, ',', StandardCharsets.UTF_16LE),
                Arguments.of("gongshu.csv", StandardCharsets.UTF_16BE, true, ',', StandardCharsets.UTF_16BE),
                Arguments.of("gongshu.csv", GBK, false, ',', GB18030),
                Arguments.of("gongshu.csv", GB18030, false, ',', GB18030),
                Arguments.of("gongshu.tsv", StandardCharsets.UTF_8, true, '\t', StandardCharsets.UTF_8),
                Arguments.of("gongshu.txt", StandardCharsets.UTF_16LE, true, '\t', StandardCharsets.UTF_16LE),
                Arguments.of("gongshu.txt", GBK, false, ';', GB18030));
    }

    @ParameterizedTest(name = "{0} in {1}, mark {2}, delimiter [{3}]")
    @MethodSource("writings")
    void readsBackToTheWorkbooksReport(String name, Charset charset, boolean mark, char delimiter, Charset found)
            throws Exception {
        ProgressReport report = Gongshu.report();
        assertThat(report.tasks()).hasSize(159);
        assertThat(report.categories()).hasSize(24);
        Path file = dir.resolve(name);
        CsvWriter.create(CsvWriterOptions.builder().charset(charset).byteOrderMark(mark).delimiter(delimiter).build())
                .write(report, file);

        CsvReadResult result = CsvReader.create().read(file);
        assertThat(result.report()).isEqualTo(Gongshu.asReadFrom(report, name));
        assertThat(result.charset()).isEqualTo(found);
        assertThat(result.byteOrderMark()).isEqualTo(mark);
        assertThat(result.delimiter()).isEqualTo(delimiter);
        // the table reader's own remark on the header TableGrid writes, at its cell and line
        // the common layout (项目名称 beside 主要工作内容) reads without a word of warning
        assertThat(result.warnings()).extracting(p -> p.cell().orElse("") + " line " + p.line().orElse(0) + ": " + p.reason())
                .isEmpty();

        try (InputStream in = Files.newInputStream(file)) {
            CsvReadResult fromStream = CsvReader.create(CsvReadOptions.builder().sourceName(name).build()).read(in);
            assertThat(fromStream.report()).isEqualTo(result.report());
            assertThat(fromStream.charset()).isEqualTo(found);
        }

        List<ProgressEntry> entries = new ArrayList<>();
        CsvReadSummary summary = CsvReader.create().read(file, entries::add);
        assertThat(entries).isEqualTo(result.report().entries());
        assertThat(summary.table().tasks()).isEqualTo(159);
        assertThat(summary.table().categories()).isEqualTo(report.categories());
        assertThat(summary.charset()).isEqualTo(found);
    }

    @Test
    void theBytesAreWhatExcelOpens() throws Exception {
        Path file = dir.resolve("gongshu.csv");
        CsvWriter.create().write(Gongshu.report(), file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] records = text.split("\r\n", 3);
        assertThat(records[0]).isEqualTo(Gongshu.report().title());
        assertThat(records[1]).isEqualTo("序号,项目名称,主要工作内容,牵头单位,完成进度");
        assertThat(text).endsWith("\r\n");
    }
}
