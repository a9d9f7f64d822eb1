package io.workplan.excel.internal;

import io.workplan.core.internal.FileErrors;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * Where Apache POI's temporary files go while workplan uses POI (the rows of a streamed .xlsx being
 * written): a directory of workplan's own for this process, {@code workplan-poi-…} in
 * {@code java.io.tmpdir}, created on first need by {@link Files#createTempDirectory} (owner-only on
 * POSIX, a new name each process) and deleted at exit once empty (POI deletes its files when the
 * workbook is closed).
 *
 * <p>POI's default is one directory for every user and process, {@code poifiles} in the temporary
 * directory: when another OS user made it, POI cannot write there and every .xlsx write fails. The
 * strategy is set for the current thread only, and only during workplan's own calls
 * ({@link TempFile#withStrategy}): the JVM-wide strategy an application sets with
 * {@link TempFile#setTempFileCreationStrategy} is never changed, and still serves the application's
 * own use of POI. To put workplan's temporary files elsewhere, set {@code java.io.tmpdir}.
 */
public final class PoiTempFiles {
    private static final Object LOCK = new Object();
    private static volatile Path directory;
    private static final TempFileCreationStrategy STRATEGY = new TempFileCreationStrategy() {
        @Override
        public File createTempFile(String prefix, String suffix) throws IOException {
            return new DefaultTempFileCreationStrategy(directory().toFile()).createTempFile(prefix, suffix);
        }

        @Override
        public File createTempDirectory(String prefix) throws IOException {
            return new DefaultTempFileCreationStrategy(directory().toFile()).createTempDirectory(prefix);
        }
    };

    private PoiTempFiles() {}

    /** Work with POI that may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface Work {
        /**
         * Does the work.
         *
         * @throws IOException when it fails
         */
        void run() throws IOException;
    }

    /**
     * Does work with POI whose temporary files go to workplan's directory.
     *
     * @param work the work, on this thread
     * @throws IOException the work's failure
     */
    public static void run(Work work) throws IOException {
        try {
            TempFile.withStrategy(STRATEGY, () -> {
                try {
                    work.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The failure to create workplan's directory, or another failure of a file, behind a POI
     * exception (POI wraps its temporary files' failures in runtime exceptions).
     *
     * @param e POI's exception
     * @return the failure, or {@code null} when no file is behind it
     */
    public static IOException fileFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return (IOException) t;
            }
        }
        return null;
    }

    /** The directory of this process, made on first use. */
    private static Path directory() throws IOException {
        Path dir = directory;
        if (dir != null && Files.isDirectory(dir)) {
            return dir;
        }
        synchronized (LOCK) {
            if (directory == null || !Files.isDirectory(directory)) {
                Path parent = Path.of(System.getProperty("java.io.tmpdir"));
                try {
                    directory = Files.createTempDirectory(parent, "workplan-poi-");
                } catch (IOException e) {
                    throw new Unavailable("its temporary files cannot be created in " + parent.toAbsolutePath()
                            + " (" + FileErrors.reason(e) + "; set java.io.tmpdir to a folder you can write)", e);
                }
                directory.toFile().deleteOnExit();
            }
            return directory;
        }
    }

    /** Workplan's directory for POI's temporary files cannot be made; the message says where and why. */
    public static final class Unavailable extends IOException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, IOException cause) {
            super(message, cause);
        }
    }
}
