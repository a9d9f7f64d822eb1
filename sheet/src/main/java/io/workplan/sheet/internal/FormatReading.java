package io.workplan.sheet.internal;

import io.workplan.core.Problem;
import io.workplan.sheet.ConsumerFailure;
import io.workplan.sheet.TableException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the readers of the formats (pages, Word documents, CSV, workbooks) do alike around the
 * {@link io.workplan.sheet.TableReader}: the name a file is known by, and the one exception of the
 * format for every problem of its tables.
 */
public final class FormatReading {
    private FormatReading() {}

    /** A reading of a format's tables. */
    @FunctionalInterface
    public interface Reading<R> {
        /**
         * Reads.
         *
         * @return what the reading gives
         * @throws IOException when the input cannot be read
         */
        R read() throws IOException;
    }

    /** The constructor of a format's exception. */
    @FunctionalInterface
    public interface Failure<E extends TableException> {
        /**
         * The format's exception.
         *
         * @param summary what failed
         * @param problems every problem found
         * @param cause the underlying exception, or {@code null}
         * @return the exception
         */
        E of(String summary, List<Problem> problems, Throwable cause);
    }

    /**
     * The name a file is known by in problems and in the report's source: the name given, else the
     * file's name (else the path, for a path without one).
     *
     * @param sourceName the name given in the options
     * @param path the file
     * @return the source's name
     */
    public static String sourceOf(Optional<String> sourceName, Path path) {
        Path name = path.getFileName();
        return sourceName.orElse(name == null ? path.toString() : name.toString());
    }

    /**
     * Reads a format's tables with the format's exception for every problem of them: the format's
     * own passes as it is, any other {@link TableException} (the table reader's) becomes the format's
     * with its summary, problems and cause, and what the consumer of the entries threw comes out
     * unchanged.
     *
     * @param <R> what the reading gives
     * @param <E> the format's exception
     * @param type the format's exception's class
     * @param failure its constructor
     * @param reading the reading
     * @return what the reading gives
     * @throws IOException what the reading threw, for the format to tell
     */
    public static <R, E extends TableException> R read(Class<E> type, Failure<E> failure, Reading<R> reading)
            throws IOException {
        try {
            return reading.read();
        } catch (TableException e) {
            throw type.isInstance(e) ? e : failure.of(e.summary(), e.problems(), e.getCause());
        } catch (ConsumerFailure e) {
            throw e.consumerException();
        }
    }
}
