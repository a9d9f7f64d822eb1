package io.workplan.core;

import io.workplan.core.internal.Printable;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One problem of an input or a value, for people: <em>where</em> it is and <em>what</em> is wrong.
 *
 * <p>The location is kept as data so that a caller can point at it: the {@linkplain #source() file},
 * a {@linkplain #sheet() sheet} and an {@linkplain #cell() A1 cell} for a workbook, a {@linkplain
 * #path() JSON pointer} and {@linkplain #line() line}:{@linkplain #column() column} for JSON, or the
 * path of a field for a value built in code. Every module reports through this one type.
 *
 * <pre>{@code
 * Problem p = Problem.builder()
 *     .sheet("Sheet1").cell("E7").subject("完成进度").rawText("#DIV/0!")
 *     .reason("an error cell is not a progress value")
 *     .build();
 * p.toString(); // Sheet1!E7 [完成进度] "#DIV/0!": an error cell is not a progress value
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Problem {

    /** How grave a problem is. */
    public enum Severity {
        /** The input cannot be taken as it is; strict readers refuse it. */
        ERROR,
        /** The input was taken, but a person should look at it. */
        WARNING
    }

    Problem() {}

    /**
     * A new builder.
     *
     * @return a builder of problems
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An error with a reason only, for values built in code.
     *
     * @param path the field or path the problem is about
     * @param reason why it is a problem
     * @return the problem
     * @throws NullPointerException if {@code path} or {@code reason} is null
     */
    public static Problem at(String path, String reason) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        return builder().path(path).reason(reason).build();
    }

    /**
     * How grave the problem is; {@link Severity#ERROR} unless said otherwise.
     *
     * @return the severity
     */
    @Value.Default
    public Severity severity() {
        return Severity.ERROR;
    }

    /**
     * The input the problem is in: a file name, or another description of the source.
     *
     * @return the source, when known
     */
    public abstract Optional<String> source();

    /**
     * The sheet of a workbook.
     *
     * @return the sheet's name, for workbook input
     */
    public abstract Optional<String> sheet();

    /**
     * The cell of a sheet, in A1 notation ({@code E7}).
     *
     * @return the cell reference, for workbook input
     */
    public abstract Optional<String> cell();

    /**
     * Where inside a structure: a JSON pointer ({@code /tasks/3/progress}) or the path of a field of
     * a value ({@code tasks[3].content}).
     *
     * @return the path, when the input is structured
     */
    public abstract Optional<String> path();

    /**
     * The line of a text input, 1-based.
     *
     * @return the line, when known
     */
    public abstract OptionalInt line();

    /**
     * The column of a text input, 1-based.
     *
     * @return the column, when known
     */
    public abstract OptionalInt column();

    /**
     * What the problem is about: a column's header ({@code 完成进度}) or a field's name.
     *
     * @return the subject, when known
     */
    public abstract Optional<String> subject();

    /**
     * The raw text of the input at that place, verbatim.
     *
     * @return the raw text, when there is one
     */
    public abstract Optional<String> rawText();

    /**
     * Why it is a problem, in words a person can act on.
     *
     * @return the reason
     */
    public abstract String reason();

    /**
     * The location alone, as a person reads it: {@code book.xlsx: Sheet1!E7}, {@code /tasks/3
     * (line 12, column 5)}. A character that would act on a terminal rather than be seen (ESC, a
     * bidirectional override, …) is shown as its escape, {@code \u001B}, here and in {@link
     * #toString()}, which also shows a line break (of a header of two rows quoted in the reason, of a
     * cell's wrapped text) as {@code \n}: a problem is one line; the attributes keep their text as it is.
     *
     * @return the location, or an empty string when nothing is known of it
     */
    public String location() {
        StringBuilder b = new StringBuilder();
        source().ifPresent(s -> b.append(s));
        if (sheet().isPresent() || cell().isPresent()) {
            if (b.length() > 0) {
                b.append(": ");
            }
            sheet().ifPresent(s -> b.append(s).append(cell().isPresent() ? "!" : ""));
            cell().ifPresent(b::append);
        }
        path().filter(p -> !p.isEmpty()).ifPresent(p -> b.append(b.length() > 0 ? " " : "").append(p));
        if (line().isPresent()) {
            b.append(b.length() > 0 ? " " : "").append("(line ").append(line().getAsInt());
            column().ifPresent(c -> b.append(", column ").append(c));
            b.append(')');
        }
        return Printable.of(b.toString());
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(location());
        subject().ifPresent(s -> b.append(b.length() > 0 ? " " : "").append('[').append(oneLine(s)).append(']'));
        rawText().ifPresent(r -> b.append(b.length() > 0 ? " " : "").append('"').append(abbreviate(r)).append('"'));
        if (b.length() > 0) {
            b.append(": ");
        }
        if (severity() == Severity.WARNING) {
            b.append("warning: ");
        }
        return Printable.of(b.append(oneLine(reason())).toString());
    }

    private static String abbreviate(String raw) {
        String oneLine = oneLine(raw);
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }

    /** A text on one line, as a problem is shown: a line break (in a header of two rows, a cell's wrapped text) as {@code \n}. */
    private static String oneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }

    /**
     * Builds a {@link Problem}; {@link #reason(String)} is required. One setter per attribute, named as its
     * accessor (which documents it); {@code addX} and {@code addAllX} for a list; {@code from} copies a value;
     * {@code build()} checks the value and reports every problem at once in a {@link
     * io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableProblem.Builder {
        Builder() {}
    }
}
