package io.workplan.sheet.corpus;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What the corpora of broken and hostile inputs share (io-html's, io-word's, io-csv's and
 * io-excel's, each with its own items and expected outcomes): the title of their tables, how an
 * item's file is written, and how a reading's outcome is taken, its result or what it threw,
 * within a bound of time that only a hang exceeds.
 */
public final class Corpus {
    /** The title of the corpora's tables, naming the period. */
    public static final String TITLE = "2024年第二季度拱墅区《政府工作报告》主要任务完成情况";

    /** The time a reading of an item may take: a refusal takes milliseconds, the bound allows for a slow machine. */
    public static final Duration NO_HANG = Duration.ofSeconds(20);

    private Corpus() {}

    /** Writes an item's file. */
    @FunctionalInterface
    public interface Producer {
        /**
         * Writes the file.
         *
         * @param file where
         * @throws Exception when it cannot be written
         */
        void write(Path file) throws Exception;
    }

    /** A reading of an item. */
    @FunctionalInterface
    public interface Reading {
        /**
         * Reads.
         *
         * @return what is read
         * @throws Exception what the reader throws
         */
        Object read() throws Exception;
    }

    /**
     * One input of a corpus whose items are a file each.
     *
     * @param <O> the corpus's outcome
     * @param name what it is, as a test's display name
     * @param fileName the file's name
     * @param outcome what reading it must give
     * @param producer how its file is written
     */
    public record Item<O>(String name, String fileName, O outcome, Producer producer) {
        /**
         * Writes the item's file into a directory.
         *
         * @param dir the directory
         * @return the file
         * @throws Exception when it cannot be written
         */
        public Path writeInto(Path dir) throws Exception {
            return write(dir, fileName, producer);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Writes a file into a directory.
     *
     * @param dir the directory
     * @param fileName the file's name
     * @param producer how the file is written
     * @return the file
     * @throws Exception when it cannot be written
     */
    public static Path write(Path dir, String fileName, Producer producer) throws Exception {
        Path file = dir.resolve(fileName);
        producer.write(file);
        return file;
    }

    /**
     * A reading's outcome, within {@link #NO_HANG}.
     *
     * @param as what the reading is (which file, mode or stream), for a failure's message
     * @param reading the reading
     * @return what it read, or what it threw
     */
    public static Object outcome(String as, Reading reading) {
        return assertTimeoutPreemptively(NO_HANG, () -> {
            try {
                return reading.read();
            } catch (Throwable t) {
                return t;
            }
        }, as);
    }

    /**
     * Writes a zip that the format check takes for an OpenDocument file: its {@code mimetype} first
     * and stored, as the specification asks (the zip file system stores every entry when asked to
     * compress none), then an empty {@code content.xml}.
     *
     * @param file where
     * @param mimeType the media type, {@code application/vnd.oasis.opendocument.text} or {@code …spreadsheet}
     * @throws IOException when it cannot be written
     */
    public static void openDocument(Path file, String mimeType) throws IOException {
        Files.deleteIfExists(file);
        try (FileSystem zip = FileSystems.newFileSystem(file, Map.of("create", "true", "noCompression", "true"))) {
            Files.writeString(zip.getPath("mimetype"), mimeType, StandardCharsets.US_ASCII);
            Files.writeString(zip.getPath("content.xml"), "<office:document-content/>", StandardCharsets.UTF_8);
        }
    }
}
