package io.workplan.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.workplan.core.ProgressReport;
import io.workplan.excel.ExcelReader;
import io.workplan.sheet.samples.RealSamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real workbook of Gongshu, Q2 2024, written as a Word document and read again. */
class WrittenSampleTest {
    @TempDir
    Path dir;

    static ProgressReport sample() {
        return ExcelReader.create().read(RealSamples.file(RealSamples.GONGSHU_XLSX)).report();
    }

    /** What has no cell in a table: the source (the file read). */
    static ProgressReport withoutSource(ProgressReport report) {
        return ProgressReport.builder().from(report).source(java.util.Optional.empty()).region(java.util.Optional.empty())
                .publishedOn(java.util.Optional.empty()).build();
    }

    @Test
    void theSampleWrittenAsWordReadsBackToTheSameReport() throws Exception {
        ProgressReport sample = sample();
        Path file = dir.resolve("gongshu.docx");

        WordWriter.create().write(sample, file);
        WordReadResult again = WordReader.create().read(file);

        assertThat(sample.tasks()).hasSize(159);
        assertThat(sample.categories()).hasSize(24);
        assertThat(sample.region()).isEmpty();
        assertThat(sample.publishedOn()).isEmpty();
        assertThat(withoutSource(again.report())).isEqualTo(withoutSource(sample));
        assertThat(again.report().source()).contains("gongshu.docx");
        assertThat(again.table()).isEqualTo("表1");
        assertThat(again.warnings()).isEmpty();
        assertThat(WordReader.isWordDocument(file)).isTrue();
        assertThat(WordReader.isWordDocument(java.util.Arrays.copyOf(Files.readAllBytes(file), 4096))).isTrue();
    }

    @Test
    void theSampleReadEntryByEntryGivesTheSameEntriesInOrder() throws Exception {
        ProgressReport sample = sample();
        Path file = dir.resolve("gongshu.docx");
        WordWriter.create().write(sample, file);

        List<io.workplan.core.ProgressEntry> entries = new java.util.ArrayList<>();
        var summary = WordReader.create().read(file, entries::add);

        assertThat(entries).isEqualTo(sample.entries());
        assertThat(summary.tasks()).isEqualTo(159);
        assertThat(summary.title()).isEqualTo(sample.title());
    }

    @Test
    void theDocumentIsLandscapeA4WithABoldCentredTitleAndARepeatedHeader() throws Exception {
        Path file = dir.resolve("gongshu.docx");
        WordWriter.create().write(sample(), file);

        String body = CorpusZips.entry(Files.readAllBytes(file), "word/document.xml");
        assertThat(body.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>")).as("A4 landscape").isTrue();
        assertThat(body.contains("<w:tblHeader w:val=\"on\"/>")).as("the header repeated").isTrue();
        assertThat(body.split("<w:vMerge w:val=\"restart\"/>", -1).length - 1).as("runs").isGreaterThanOrEqualTo(24);
        assertThat(body.contains("<w:vMerge w:val=\"continue\"/>")).isTrue();
        assertThat(body.startsWith("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b w:val=\"on\"/>",
                body.indexOf("<w:body>") + "<w:body>".length())).as("a bold, centred title first").isTrue();
        assertThat(body.contains("<w:tblW w:w=\"14678\" w:type=\"dxa\"/>")).as("the width between the margins").isTrue();
    }

    /**
     * LibreOffice Writer opens the document and prints it. Runs only where Writer is installed: the
     * assumption guards this external tool alone, nothing of ours.
     */
    @Test
    void libreOfficeRendersTheDocumentToPdf() throws Exception {
        Path soffice = LibreOffice.writer();
        assumeTrue(soffice != null, "LibreOffice Writer (soffice with libswlo) is not installed");
        Path file = dir.resolve("gongshu.docx");
        WordWriter.create().write(sample(), file);

        LibreOffice.convert(soffice, dir, "pdf", false, List.of(file));

        Path pdf = dir.resolve("gongshu.pdf");
        assertThat(pdf).exists();
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(text.startsWith("%PDF")).as("a PDF").isTrue();
        // 159 tasks of long texts take several landscape pages
        assertThat(text.split("/Type\\s*/Page\\b").length - 1).as("pages").isGreaterThanOrEqualTo(5);
        java.util.regex.Matcher box = java.util.regex.Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)").matcher(text);
        assertThat(box.find()).as("a page size").isTrue();
        assertThat(Double.parseDouble(box.group(1))).as("landscape A4 width, points").isCloseTo(841.9, org.assertj.core.data.Offset.offset(1.0));
        assertThat(Double.parseDouble(box.group(2))).as("landscape A4 height").isCloseTo(595.3, org.assertj.core.data.Offset.offset(1.0));
    }
}
