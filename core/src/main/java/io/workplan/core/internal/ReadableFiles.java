package io.workplan.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * What a file to be read is by its bytes ({@link FileKind}), or the reader's own exception when the
 * file cannot be read at all, with the words of {@link FileErrors#readReason(Path, IOException)}:
 * the first step of the readers that open a file by its kind (Word documents; workbooks).
 */
public final class ReadableFiles {
    private ReadableFiles() {}

    /**
     * What a file is.
     *
     * @param path the file
     * @param unreadable the reader's exception, from the reason ({@code the file cannot be read: …})
     *     and the failure
     * @return the file's kind
     */
    public static FileKind kind(Path path, BiFunction<String, IOException, RuntimeException> unreadable) {
        try {
            return FileKind.of(path);
        } catch (IOException e) {
            throw unreadable.apply("the file cannot be read: " + FileErrors.readReason(path, e), e);
        }
    }
}
