package io.workplan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aFailureHalfWayLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.xlsx");
        Files.writeString(target, "the complete older report");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half of a new".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("the complete older report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aRuntimeFailureLeavesNoFileEither() throws IOException {
        Path target = dir.resolve("new.xlsx");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aCompleteWriteReplacesTheTargetWithItsPermissions() throws IOException {
        Path target = dir.resolve("report.xls");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));

        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw-r--");
        AtomicFile.write(dir.resolve("fresh.xls"), out -> out.write(1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("fresh.xls")))).isEqualTo("rw-r--r--");
    }
}
