package io.workplan.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.workplan.core.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The readers of JSON values, token by token: objects (with their unknown and repeated properties),
 * arrays, strings, whole numbers, exact decimals and dates. A value of the wrong type is a problem,
 * skipped whole, and read as {@code null}; the caller goes on.
 *
 * <h2>Versions</h2>
 *
 * Version 2 has properties version 1 does not ({@code extraColumns}, a task's {@code extras}). Once
 * {@code formatVersion} is read (the writer writes it first) each object is read by its version's
 * rules at once. Before that, the objects are read by version 2's, what version 1 would refuse is
 * noted ({@link #refusedByVersion1()}), and refused at the end of the report when the document
 * turns out to be version 1.
 */
final class Tokens {

    /** The most digits of a percentage's plain decimal form, before and after the point each. */
    static final int MAX_DECIMAL_DIGITS = 1000;

    final JsonParser p;
    final ProblemList problems;
    private final boolean ignoreUnknownProperties;
    /** The document's format version, once read. */
    private Integer version;
    /** What version 1 refuses, found before the version was known: refused if it is 1. */
    private final List<Problem.Builder> refusedByVersion1 = new ArrayList<>();

    Tokens(JsonParser parser, ProblemList problems, boolean ignoreUnknownProperties) {
        this.p = parser;
        this.problems = problems;
        this.ignoreUnknownProperties = ignoreUnknownProperties;
    }

    /** The document's format version, once read; {@code null} before. */
    Integer version() {
        return version;
    }

    void version(int version) {
        this.version = version;
    }

    /** Whether the document is of version 1, as far as read. */
    boolean isVersion1() {
        return version != null && version == Names.FORMAT_VERSION_1;
    }

    /** What version 1 refuses, found before the version was known. */
    List<Problem.Builder> refusedByVersion1() {
        return refusedByVersion1;
    }

    /**
     * Reads an object at the current token: each known property's value is handed to {@code field}
     * with the parser on it; unknown and repeated properties are reported (or skipped) here.
     *
     * @return the names of the known properties seen, or {@code null} when the value is no object
     */
    Seen object(String subject, List<String> known, Field field) throws IOException {
        return object(subject, known, known, field);
    }

    /**
     * Reads an object whose properties differ by version: those of version 1 in a version 1
     * document, those of version 2 otherwise. Before the version is known, a property of version 2
     * only is read, and noted to be refused if the document turns out to be version 1.
     */
    Seen object(String subject, List<String> version1, List<String> version2, Field field) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            wrongType(subject, "an object");
            return null;
        }
        Seen seen = new Seen(version2);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            List<String> known = isVersion1() ? version1 : version2;
            if (version == null && !version1.contains(name) && version2.contains(name) && !ignoreUnknownProperties) {
                refusedByVersion1.add(unknown(name, version1));
            }
            if (!known.contains(name)) {
                if (!ignoreUnknownProperties) {
                    problems.add(unknown(name, known));
                }
                p.skipChildren();
            } else if (!seen.add(name)) {
                problems.add(problems.here(name).reason("the property '" + name + "' is given twice"));
                p.skipChildren();
            } else {
                field.read(name);
            }
        }
        return seen;
    }

    private Problem.Builder unknown(String name, List<String> known) {
        return problems.here(name).reason("unknown property '" + name + "'; the properties here are " + String.join(", ", known));
    }

    /** Reads an array at the current token, each element with the parser on its first token. */
    <T> List<T> array(String subject, Element<T> element) throws IOException {
        if (!arrayStarts(subject)) {
            return null;
        }
        List<T> items = new ArrayList<>();
        while (nextElement()) {
            items.add(element.read(items.size()));
        }
        return items;
    }

    /** Whether the current token starts an array; a problem (the value skipped) when not. */
    boolean arrayStarts(String subject) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            wrongType(subject, "an array");
            return false;
        }
        return true;
    }

    /** Moves to the next element of an array: whether there is one. */
    boolean nextElement() throws IOException {
        JsonToken token = p.nextToken();
        return token != JsonToken.END_ARRAY && token != null;
    }

    String string(String subject) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        wrongType(subject, "a string");
        return null;
    }

    Integer integer(String subject) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            problems.add(problems.here(subject).rawText(p.getText()).reason("the number is out of range"));
        } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            problems.add(problems.here(subject).rawText(p.getText())
                    .reason("a whole number is expected, written without a fraction or exponent"));
        } else {
            wrongType(subject, "a whole number");
        }
        return null;
    }

    BigDecimal decimal(String subject) throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            wrongType(subject, "a number");
            return null;
        }
        BigDecimal value = plainDecimal(p.getText());
        if (value == null) {
            problems.add(problems.here(subject).rawText(p.getText()).reason("the number has more than " + MAX_DECIMAL_DIGITS
                    + " digits before or after the decimal point when written out"));
        }
        return value;
    }

    /**
     * The number of a JSON number's text, exact (it never passes through double), when its plain
     * decimal form has at most {@value #MAX_DECIMAL_DIGITS} digits before and after the point each.
     *
     * @return the number, or {@code null} when it is longer, an exponent beyond {@code int} included
     */
    private static BigDecimal plainDecimal(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            // The parser has checked the syntax: only an exponent out of range is left to refuse here.
            return null;
        }
        boolean within = Math.abs((long) value.scale()) <= MAX_DECIMAL_DIGITS
                && (long) value.precision() - value.scale() <= MAX_DECIMAL_DIGITS;
        return within ? value : null;
    }

    LocalDate date(String subject) throws IOException {
        Spot at = problems.spot();
        String text = string(subject);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(problems.at(at, subject).rawText(text).reason("a date is written as YYYY-MM-DD, such as 2024-07-23"));
            return null;
        }
    }

    /** A problem at the current value, which is skipped whole. */
    void wrongType(String subject, String expected) throws IOException {
        problems.add(problems.here(subject).rawText(raw()).reason(expected + " is expected, not " + describe(p.currentToken())));
        p.skipChildren();
    }

    private static String describe(JsonToken token) {
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null (an absent value is left out)";
            default:
                return token.toString();
        }
    }

    /** The current token as the input has it, for a problem's raw text. */
    String raw() throws IOException {
        JsonToken token = p.currentToken();
        return token == null ? "" : token == JsonToken.START_OBJECT ? "{" : token == JsonToken.START_ARRAY ? "[" : p.getText();
    }

    /** Whether every required property was seen; a problem at the object for each missing one. */
    boolean requireAll(Spot at, Seen seen, String... required) {
        boolean all = true;
        for (String name : required) {
            if (!seen.contains(name)) {
                problems.add(problems.at(at, name).reason("the required property '" + name + "' is missing"));
                all = false;
            }
        }
        return all;
    }

    /**
     * The properties of an object seen, among those it may have (at most 32): a bit each, no hashing
     * on every task.
     */
    static final class Seen {
        private final List<String> names;
        private int bits;

        Seen(List<String> names) {
            this.names = names;
        }

        /** Records a property: whether it was not seen before. */
        boolean add(String name) {
            int bit = 1 << names.indexOf(name);
            boolean first = (bits & bit) == 0;
            bits |= bit;
            return first;
        }

        boolean contains(String name) {
            int index = names.indexOf(name);
            return index >= 0 && (bits & 1 << index) != 0;
        }
    }

    /** Reads the value of a known property, the parser on its first token. */
    @FunctionalInterface
    interface Field {
        void read(String name) throws IOException;
    }

    /** Reads an element of an array, the parser on its first token. */
    @FunctionalInterface
    interface Element<T> {
        T read(int index) throws IOException;
    }
}
