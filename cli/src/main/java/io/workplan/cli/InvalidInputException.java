package io.workplan.cli;

/**
 * An input the tool cannot take: a missing file, or one that the readers refuse (their exception
 * is the cause, and its message lists every problem with its location). Exit code 1.
 */
final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
