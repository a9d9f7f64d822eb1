package io.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
