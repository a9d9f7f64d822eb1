package io.workplan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why a file could not be read or written, in words, never naming a temporary file or a Java class. */
class FileErrorsTest {
    @TempDir
    Path dir;

    @Test
    void theReasonsOfTheFileSystemInWords() {
        assertThat(FileErrors.reason(new AccessDeniedException("/data/.out.xlsx.123.tmp"))).isEqualTo("permission denied");
        assertThat(FileErrors.reason(new NoSuchFileException("/data/x"))).isEqualTo("no such file or folder");
        assertThat(FileErrors.reason(new FileSystemException("/data/x", null, "No space left on device")))
                .isEqualTo("no space left on device");
        assertThat(FileErrors.reason(new FileSystemException("/data/x", null, "Is a directory"))).isEqualTo("is a directory");
        assertThat(FileErrors.reason(new IOException())).isEqualTo("an input/output error");
    }

    @Test
    void aWriteNamesTheFileAskedForAndItsFolder() throws IOException {
        Path missing = dir.resolve("gone").resolve("out.xlsx");
        Path folder = Files.createDirectories(dir.resolve("out.json"));
        IOException temporary = new NoSuchFileException(missing.getParent().resolve(".out.xlsx.42.tmp").toString());

        assertThat(FileErrors.writeReason(missing, temporary)).isEqualTo("the folder " + missing.getParent() + " does not exist");
        assertThat(FileErrors.writeReason(folder, new FileSystemException(folder.toString(), null, "Is a directory")))
                .isEqualTo(folder + " is a folder");
        assertThat(FileErrors.writeReason(dir.resolve("ok.csv"), new AccessDeniedException("x"))).isEqualTo("permission denied");
    }

    @Test
    void aReadOfAFolderSaysSo() {
        assertThat(FileErrors.readReason(dir, new FileSystemException(dir.toString(), null, "Is a directory")))
                .isEqualTo("it is a folder, not a file");
    }
}
