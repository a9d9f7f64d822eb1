package io.workplan.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;

/**
 * A stream read as a file: copied to a temporary file, read from it, and the file deleted after,
 * whatever the reading gave (the readers of workbooks, Word documents and CSV need the whole input
 * before they read it: a zip's directory is at its end, a charset is decided by all of the bytes).
 */
public final class TempCopy {
    private TempCopy() {}

    /** How the bytes are copied to the file. */
    @FunctionalInterface
    public interface Copier {
        /**
         * Copies the stream to the file, replacing the file.
         *
         * @param in the bytes
         * @param file the temporary file
         * @throws IOException when the stream cannot be read or the file written (or a limit is passed)
         */
        void copy(InputStream in, Path file) throws IOException;
    }

    /** The plain copy: every byte of the stream. */
    public static final Copier ALL = (in, file) -> Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);

    /**
     * Copies a stream to a temporary file, reads that file and deletes it.
     *
     * @param <R> what the reading gives
     * @param in the stream, read to its end (or to the copier's limit) and not closed
     * @param suffix the temporary file's suffix, such as {@code .docx}
     * @param copier how the bytes are copied
     * @param reading the reading of the file
     * @param unreadable the exception for a stream that cannot be copied
     * @return what the reading gave
     */
    public static <R> R read(InputStream in, String suffix, Copier copier, Function<Path, R> reading,
            Function<IOException, RuntimeException> unreadable) {
        Path copy = null;
        try {
            copy = Files.createTempFile("workplan-", suffix);
            copier.copy(in, copy);
            return reading.apply(copy);
        } catch (IOException e) {
            throw unreadable.apply(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // a temporary file left behind is no reason to fail the reading
                }
            }
        }
    }
}
