package io.workplan.excel;

import static io.workplan.excel.Workbooks.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What is not the file's damage is not reported as such: a null argument, the caller's listener failing. */
class ReaderFailuresTest {
    private static final String TITLE = "2024年第二季度拱墅区《政府工作报告》主要任务完成情况";

    @TempDir
    Path dir;

    @Test
    void aNullArgumentIsANullPointerExceptionNamingIt() {
        ExcelReader reader = new ExcelReader();
        InputStream in = new ByteArrayInputStream(new byte[0]);
        Path path = dir.resolve("any.xlsx");
        assertThat(catchThrowable(() -> reader.read((Path) null))).isExactlyInstanceOf(NullPointerException.class).hasMessage("path");
        assertThat(catchThrowable(() -> reader.read((InputStream) null))).isExactlyInstanceOf(NullPointerException.class).hasMessage("in");
        assertThat(catchThrowable(() -> reader.read((Path) null, e -> { }))).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("path");
        assertThat(catchThrowable(() -> reader.read((InputStream) null, e -> { }))).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("in");
        assertThat(catchThrowable(() -> reader.read(path, null))).isExactlyInstanceOf(NullPointerException.class).hasMessage("entries");
        assertThat(catchThrowable(() -> reader.read(in, null))).isExactlyInstanceOf(NullPointerException.class).hasMessage("entries");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anExceptionOfTheProgressListenerComesOutUnchanged(boolean streaming) throws Exception {
        Path file = sheet(dir, "listened.xlsx", new Object[] {TITLE},
                new Object[] {"主要工作内容", "完成进度"}, new Object[] {"甲。", "50%"});
        RuntimeException failure = new NullPointerException("the progress bar is gone");
        ExcelReader reader = new ExcelReader(ExcelReadOptions.builder().streaming(streaming)
                .progressListener((rows, total) -> {
                    throw failure;
                }).build());
        assertThat(catchThrowable(() -> reader.read(file))).isSameAs(failure);
        assertThat(catchThrowable(() -> reader.read(file, e -> { }))).isSameAs(failure);
    }

    @Test
    void aMalformedCellReferenceInTheSheetXmlIsTheFilesDamage() throws Exception {
        Path file = sheet(dir, "malformed.xlsx", new Object[] {TITLE},
                new Object[] {"主要工作内容", "完成进度"}, new Object[] {"甲。", "50%"});
        Path damaged = dir.resolve("damaged.xlsx");
        rewriteSheet(file, damaged, xml -> xml.replace("r=\"3\"", "r=\"x3\""));
        Throwable t = catchThrowable(() -> new ExcelReader(ExcelReadOptions.builder().streaming(true).build()).read(damaged));
        assertThat(t).isExactlyInstanceOf(ExcelException.class).hasMessageContaining("damaged.xlsx");
        assertThat(((ExcelException) t).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("truncated or damaged").contains("x3"));
    }

    private static void rewriteSheet(Path from, Path to, java.util.function.UnaryOperator<String> edit) throws Exception {
        try (var in = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(from));
                var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(to))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    bytes = edit.apply(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
            }
        }
    }
}
