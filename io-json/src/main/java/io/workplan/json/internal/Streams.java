package io.workplan.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.workplan.core.Problem;
import io.workplan.core.internal.AtomicFile;
import io.workplan.core.internal.FileErrors;
import io.workplan.json.JsonException;
import io.workplan.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * The Jackson set-up of the facades, in one place: the factory with its limits against hostile
 * input, the layout of written JSON, and the atomic writing of files.
 */
public final class Streams {
    private Streams() {}

    /**
     * The factory of the facades' parsers and generators: the limits of {@link JsonReader} set
     * explicitly; callers' streams are never closed by Jackson.
     */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(JsonReader.MAX_NESTING_DEPTH)
                    .maxStringLength(JsonReader.MAX_STRING_LENGTH)
                    .maxNumberLength(JsonReader.MAX_NUMBER_LENGTH)
                    .maxNameLength(JsonReader.MAX_NAME_LENGTH)
                    .maxDocumentLength(-1)
                    .maxTokenCount(-1)
                    .build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(JsonReader.MAX_NESTING_DEPTH).build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // Characters outside the BMP (emoji, 𠀀) as UTF-8, as a Writer gets them, not as escaped surrogate pairs.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    /**
     * A parser of JSON bytes: UTF-8 (with or without a byte order mark), checked strictly as it is
     * read; or UTF-16 or UTF-32, as a byte order mark or the zero bytes of the first characters say
     * (RFC 4627), decoded strictly too. Whatever is not well-formed in its encoding stops reading;
     * nothing is replaced by U+FFFD or read as another character.
     *
     * @param in the bytes, not closed by the parser
     * @return the parser
     * @throws IOException when the first bytes cannot be read
     */
    public static JsonParser parser(InputStream in) throws IOException {
        PushbackInputStream bytes = new PushbackInputStream(in, 4);
        byte[] head = bytes.readNBytes(4);
        int n = head.length;
        int b0 = n > 0 ? head[0] & 0xFF : -1;
        int b1 = n > 1 ? head[1] & 0xFF : -1;
        int b2 = n > 2 ? head[2] & 0xFF : -1;
        int b3 = n > 3 ? head[3] & 0xFF : -1;
        String wide;
        int mark;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            wide = "UTF-32BE";
            mark = 4;
        } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            wide = "UTF-32LE";
            mark = 4;
        } else if (b0 == 0xFE && b1 == 0xFF) {
            wide = "UTF-16BE";
            mark = 2;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            wide = "UTF-16LE";
            mark = 2;
        } else {
            mark = 0;
            wide = b0 == 0 && b1 == 0 && b2 == 0 && n == 4 ? "UTF-32BE"
                    : b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0 ? "UTF-32LE"
                    : b0 == 0 && n > 1 ? "UTF-16BE"
                    : b0 > 0 && b1 == 0 ? "UTF-16LE"
                    : null;
        }
        bytes.unread(head, mark, n - mark);
        if (wide == null) {
            return FACTORY.createParser(new Utf8Input(bytes));
        }
        return FACTORY.createParser(new InputStreamReader(bytes, Charset.forName(wide).newDecoder()));
    }

    /**
     * Lays a generator's output out on lines: two blanks of indent per level, {@code "name": value},
     * {@code []} for an empty array, and line feeds whatever the platform.
     *
     * @param g the generator
     * @return the generator
     */
    public static JsonGenerator indented(JsonGenerator g) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        return g.setPrettyPrinter(printer);
    }

    /**
     * Writes a file so that it is never seen half-written: into a temporary file beside it, forced
     * to the disk, then moved into place (atomically where the file system can).
     *
     * @param file the file, replaced when it exists
     * @param content what to write
     * @throws JsonException when the file cannot be written; an earlier file of that name is then
     *     left as it was, and no temporary file is left behind
     */
    public static void writeAtomically(Path file, AtomicFile.Content content) {
        try {
            AtomicFile.write(file, content);
        } catch (IOException e) {
            throw new JsonException("Cannot write the JSON report " + file,
                    List.of(Problem.builder().source(file.toString()).reason("the file cannot be written: " + FileErrors.writeReason(file, e)).build()), e);
        }
    }
}
