package io.workplan.sheet;

/**
 * An exception thrown by the caller's code (the consumer of the entries or the progress listener)
 * while a table is read, carried out of the reading unchanged: a reader of a format catches it and
 * throws {@link #consumerException()}, so that the caller's exception is never taken for damage of
 * the file.
 *
 * @since 0.1.0
 */
public final class ConsumerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Wraps the caller's exception.
     *
     * @param cause what the caller's code threw
     */
    public ConsumerFailure(RuntimeException cause) {
        super(cause);
    }

    /**
     * The caller's exception.
     *
     * @return the exception the consumer or listener threw
     */
    public RuntimeException consumerException() {
        return (RuntimeException) getCause();
    }
}
