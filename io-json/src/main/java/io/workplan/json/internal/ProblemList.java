package io.workplan.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.workplan.core.Problem;
import io.workplan.json.JsonException;
import io.workplan.json.JsonReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The problems of one input, collected as they are found, each with its JSON pointer (from the
 * parser's context) and line:column (from the parser's location); one {@link JsonException} lists
 * them all at the end. Reading stops after {@value #MAX_PROBLEMS} problems, and at once at
 * malformed JSON or a limit of {@link StreamReadConstraints}, whose words become ours here.
 */
final class ProblemList {

    /** The most problems listed; reading stops after them. */
    static final int MAX_PROBLEMS = 100;

    /**
     * Jackson's words that do not help a user of this library, and ours: a location inside the
     * message, and the advice to enable a parser feature, which our reader does not offer.
     */
    private static final String[][] REWRITES = {
        {"\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]", "line $1, column $2"},
        {"^Non-standard token '([^']*)': enable .*", "'$1' is not a number of JSON, which has no NaN or Infinity"},
        {"^Unexpected character \\('/' \\(code 47\\)\\): maybe a \\(non-standard\\) comment\\?.*",
                "a comment ('/'), which JSON does not have"},
    };

    /** Jackson's name of each limit of {@link StreamReadConstraints}, and what we say of it. */
    private static final String[][] LIMITS = {
        {"getMaxNestingDepth", "arrays and objects nest deeper than " + JsonReader.MAX_NESTING_DEPTH
                + " levels, the limit; a report nests 4 deep"},
        {"getMaxStringLength", "a string or number is longer than " + JsonReader.MAX_STRING_LENGTH
                + " characters, the limit; a task's text is far shorter"},
        {"getMaxNumberLength", "a number is longer than " + JsonReader.MAX_NUMBER_LENGTH + " characters, the limit"},
        {"getMaxNameLength", "a property name is longer than " + JsonReader.MAX_NAME_LENGTH
                + " characters, the limit; the format's longest has 16"},
    };

    private final JsonParser p;
    private final Optional<String> source;
    private final List<Problem> problems = new ArrayList<>();

    ProblemList(JsonParser parser, Optional<String> source) {
        this.p = parser;
        this.source = source;
    }

    /** Whether no problem was found so far. */
    boolean none() {
        return problems.isEmpty();
    }

    /** The pointer of the current value: the parser's context knows it. */
    String pointer() {
        return p.getParsingContext().pathAsPointer().toString();
    }

    /** The spot of the current value, its pointer made at once. */
    Spot spot() {
        return new Spot(pointer(), p.currentTokenLocation());
    }

    /**
     * The spot of the current value, its pointer made only when a problem needs it: for values
     * read on every task. Use it only while the parser is still on the value (a string) or just
     * past its end (an object's {@code END_OBJECT}): Jackson's pointer there is the value's own.
     */
    Spot spotOfThisValue() {
        return new Spot(this::pointer, p.currentTokenLocation());
    }

    /** A problem at the current value. */
    Problem.Builder here(String subject) {
        return at(spot(), subject);
    }

    /** A problem at a place. */
    Problem.Builder at(Spot spot, String subject) {
        Problem.Builder b = Problem.builder().path(spot.pointer());
        source.ifPresent(b::source);
        if (spot.line > 0) {
            b.line(spot.line);
        }
        if (spot.column > 0) {
            b.column(spot.column);
        }
        if (subject != null) {
            b.subject(subject);
        }
        return b;
    }

    void add(Problem.Builder problem) {
        add(problem.build());
    }

    /**
     * Records a problem; after {@value #MAX_PROBLEMS}, records that reading stopped and stops it.
     *
     * @throws Stop after the last problem listed
     */
    void add(Problem problem) {
        if (problems.size() >= MAX_PROBLEMS) {
            Problem.Builder stop = Problem.builder()
                    .reason("reading stopped after " + MAX_PROBLEMS + " problems; there may be more");
            problem.source().ifPresent(stop::source);
            problem.path().ifPresent(stop::path);
            problem.line().ifPresent(stop::line);
            problem.column().ifPresent(stop::column);
            problems.add(stop.build());
            throw Stop.INSTANCE;
        }
        problems.add(problem);
    }

    /**
     * Runs a reading and turns what went wrong into the one exception: the problems collected, or
     * the failure of the input (malformed JSON, a limit, bytes not in their encoding) as the last.
     *
     * @return what the body read, when no problem was found
     * @throws JsonException listing every problem
     */
    <T> T guard(Body<T> body) {
        String summary = "Cannot read the JSON report" + source.map(s -> " " + s).orElse("");
        T value;
        try {
            value = body.read();
        } catch (Stop stop) {
            value = null;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            problems.add(at(new Spot(pointer(), location), null).reason(reason(e)).build());
            throw new JsonException(summary, problems, e);
        } catch (Utf8Input.Malformed e) {
            problems.add(at(new Spot(pointer(), e.line, (int) Math.min(e.column, Integer.MAX_VALUE)), null).rawText(e.bytes)
                    .reason("the input is not UTF-8: at byte " + e.offset + ", " + e.reason + "; save the file as UTF-8").build());
            throw new JsonException(summary, problems, e);
        } catch (CharacterCodingException e) {
            problems.add(at(new Spot(pointer(), null), null)
                    .reason("the input is not well-formed UTF-16 or UTF-32, which its first bytes announce; save the file as UTF-8")
                    .build());
            throw new JsonException(summary, problems, e);
        } catch (IOException e) {
            problems.add(at(new Spot(pointer(), p.currentLocation()), null).reason("the input cannot be read: " + e.getMessage()).build());
            throw new JsonException(summary, problems, e);
        }
        if (!problems.isEmpty() || value == null) {
            if (problems.isEmpty()) {
                problems.add(at(spot(), null).reason("the value cannot be read").build());
            }
            throw new JsonException(summary, problems, null);
        }
        return value;
    }

    /**
     * Runs a reading as {@link #guard} does, but returns what it read although problems were
     * found: for a first pass, whose problems the second pass adds its own to. Only a reading that
     * stops (malformed JSON, a limit, no version, too many problems) throws.
     */
    <T> T guardKeeping(Body<T> body) {
        List<Problem> kept = new ArrayList<>();
        T value = guard(() -> {
            T read = body.read();
            kept.addAll(problems);
            problems.clear();
            return read;
        });
        problems.addAll(kept);
        return value;
    }

    /** The problems found so far. */
    List<Problem> list() {
        return List.copyOf(problems);
    }

    /** Records problems found before, by an earlier pass over the same input. */
    void addAll(List<Problem> found) {
        problems.addAll(found);
    }

    /**
     * Jackson's message in the words of our problems: a limit names the limit and why it is there;
     * a location inside the message ({@code [Source: REDACTED …; line: 6, column: 12]}) becomes
     * {@code line 6, column 12}.
     */
    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            for (String[] limit : LIMITS) {
                if (message.contains(limit[0])) {
                    return limit[1];
                }
            }
        }
        for (String[] rewrite : REWRITES) {
            message = message.replaceAll(rewrite[0], rewrite[1]);
        }
        return message;
    }

    /** Stops reading: the problems so far are all that can be said. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Stop INSTANCE = new Stop();

        private Stop() {
            super(null, null, false, false);
        }
    }

    /** A reading, which may fail as its input does. */
    @FunctionalInterface
    interface Body<T> {
        T read() throws IOException;
    }
}
