package io.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A file or stream that cannot be written is our exception, naming it, with the I/O failure as cause. */
class WriteFailuresTest {
    @TempDir
    Path dir;

    @Test
    void aFileThatCannotBeWrittenIsOurExceptionNamingIt() {
        Path file = dir.resolve("missing-directory").resolve("q2.xlsx");

        assertThatThrownBy(() -> ExcelWriter.create().write(WriterReports.sample(), file))
                .isInstanceOfSatisfying(ExcelException.class, e -> {
                    assertThat(e).hasCauseInstanceOf(IOException.class);
                    assertThat(e.problems()).singleElement()
                            .satisfies(p -> assertThat(p.source()).contains(file.toString()));
                });
        assertThat(file).doesNotExist();
    }

    @Test
    void aStreamThatFailsIsOurException() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> ExcelWriter.create().write(WriterReports.sample(), broken, ExcelWriter.Format.XLSX))
                .isInstanceOf(ExcelException.class)
                .hasCauseInstanceOf(IOException.class)
                .hasMessageContaining("disk full");
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void aWritingThatFailsMidwayLeavesNeitherTheFileNorATemporaryFile(ExcelWriter.Format format) throws IOException {
        ProgressReport report = WriterReports.sample();
        Path file = dir.resolve("q2." + format.name().toLowerCase(java.util.Locale.ROOT));
        Files.writeString(file, "the previous version");
        List<Path> temporaryBefore = poiTemporaryFiles();
        IllegalStateException failure = new IllegalStateException("the database went away");
        Iterator<ProgressEntry> entries = new Iterator<>() {
            private final Iterator<ProgressEntry> sample = report.entries().iterator();

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ProgressEntry next() {
                if (!sample.hasNext()) {
                    throw failure;
                }
                return sample.next();
            }
        };

        assertThatThrownBy(() -> ExcelWriter.create().write(ExcelWriteHead.of(report), entries, file, format))
                .isSameAs(failure);
        assertThat(file).hasContent("the previous version");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
        assertThat(poiTemporaryFiles()).isSubsetOf(temporaryBefore);
    }

    /** The temporary files of POI's streamed workbooks, in {@code java.io.tmpdir/poifiles}. */
    private static List<Path> poiTemporaryFiles() throws IOException {
        Path poi = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(poi)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(poi)) {
            return files.collect(Collectors.toList());
        }
    }
}
