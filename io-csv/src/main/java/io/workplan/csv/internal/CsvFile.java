package io.workplan.csv.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a CSV file is, from its bytes: its charset (a byte-order mark, else strictly valid UTF-8,
 * else strictly valid GB18030), where its text starts, and its delimiter.
 *
 * @param path the file
 * @param charset the charset of its text
 * @param byteOrderMark the length of its byte-order mark, 0 for none
 * @param delimiter the delimiter of its cells
 */
public record CsvFile(Path path, Charset charset, int byteOrderMark, char delimiter) {
    /** The charset of Excel's CSV on Chinese Windows (code page 936, GBK), read as its superset. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final int DELIMITER_LINES = 30;

    /**
     * Finds the charset and the delimiter of a file.
     *
     * @param path the file
     * @param fileName the name whose extension tells the delimiter ({@code .csv}, {@code .tsv})
     * @param charset the charset to use instead of finding it
     * @param delimiter the delimiter to use instead of finding it
     * @return what the file is
     * @throws CsvDamage when its bytes are neither UTF-8 nor GB18030, or not of the given charset
     * @throws IOException when it cannot be read
     */
    public static CsvFile open(Path path, String fileName, Optional<Charset> charset, Optional<Character> delimiter)
            throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(4096);
        }
        Charset found;
        int bom;
        if (charset.isPresent()) {
            found = charset.get();
            bom = bomOf(head, found);
        } else if (startsWith(head, UTF8_BOM)) {
            found = StandardCharsets.UTF_8;
            bom = UTF8_BOM.length;
        } else if (startsWith(head, UTF16LE_BOM)) {
            found = StandardCharsets.UTF_16LE;
            bom = UTF16LE_BOM.length;
        } else if (startsWith(head, UTF16BE_BOM)) {
            found = StandardCharsets.UTF_16BE;
            bom = UTF16BE_BOM.length;
        } else {
            found = withoutMark(path, head);
            bom = 0;
        }
        char d = delimiter.isPresent() ? delimiter.get() : delimiterOf(path, fileName, found, bom);
        return new CsvFile(path, found, bom, d);
    }

    /**
     * The file's text from its start, decoded strictly.
     *
     * @param checked whether to check characters and lengths (see {@link DecodedText})
     * @param maxRecordChars the most characters of a record, when checked
     * @return the text, to be closed
     * @throws IOException when the file cannot be opened
     */
    public DecodedText text(boolean checked, long maxRecordChars) throws IOException {
        return new DecodedText(textBytes(path, byteOrderMark), charset, checked, maxRecordChars);
    }

    /**
     * The byte-order mark of a charset for a writer, so that {@link #open} finds the charset back.
     *
     * @param charset a Unicode charset
     * @param out where to write it
     * @throws IOException when it cannot be written
     */
    public static void writeByteOrderMark(Charset charset, OutputStream out) throws IOException {
        out.write(charset.equals(StandardCharsets.UTF_16LE) ? UTF16LE_BOM
                : charset.equals(StandardCharsets.UTF_16BE) ? UTF16BE_BOM : UTF8_BOM);
    }

    private static InputStream textBytes(Path path, int skip) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        in.skipNBytes(skip);
        return in;
    }

    /** UTF-8 when the whole file is valid UTF-8, else GB18030 when it is valid GB18030. */
    private static Charset withoutMark(Path path, byte[] head) throws IOException {
        CsvDamage notUtf8;
        try {
            DecodedText.decodeAll(textBytes(path, 0), StandardCharsets.UTF_8);
            return StandardCharsets.UTF_8;
        } catch (CsvDamage e) {
            notUtf8 = e;
        }
        try {
            DecodedText.decodeAll(textBytes(path, 0), GB18030);
            return GB18030;
        } catch (CsvDamage e) {
            throw new CsvDamage(e.line(), null, "the file is neither UTF-8 (" + notUtf8.getMessage() + " at line "
                    + notUtf8.line() + ") nor GBK/GB18030 (" + e.getMessage() + ")" + (holdsNul(head)
                    ? ", and it holds NUL bytes, as UTF-16 without a byte-order mark does" : "")
                    + "; save it as CSV UTF-8, or give its charset (CsvReadOptions.charset)", e);
        }
    }

    private static int bomOf(byte[] head, Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        if (name.equals("UTF-8") && startsWith(head, UTF8_BOM)) {
            return UTF8_BOM.length;
        }
        if ((name.equals("UTF-16LE") && startsWith(head, UTF16LE_BOM))
                || (name.equals("UTF-16BE") && startsWith(head, UTF16BE_BOM))) {
            return 2;
        }
        return 0; // UTF-16 with its own mark: Java's decoder reads the mark itself
    }

    /** The extension's delimiter; else the most frequent of comma, tab and semicolon in the first lines. */
    private static char delimiterOf(Path path, String fileName, Charset charset, int bom) throws IOException {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return ',';
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return '\t';
        }
        char[] candidates = {',', '\t', ';'};
        long[] counts = new long[candidates.length];
        int lines = 0;
        try (DecodedText text = new DecodedText(textBytes(path, bom), charset, false, Long.MAX_VALUE)) {
            char[] buffer = new char[8192];
            int n;
            while (lines < DELIMITER_LINES && (n = text.read(buffer, 0, buffer.length)) >= 0) {
                for (int i = 0; i < n && lines < DELIMITER_LINES; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                    for (int c = 0; c < candidates.length; c++) {
                        counts[c] += buffer[i] == candidates[c] ? 1 : 0;
                    }
                }
            }
        } catch (CsvDamage e) {
            // an undecodable byte is reported by the reading itself, at its line
        }
        int best = 0;
        for (int c = 1; c < candidates.length; c++) {
            if (counts[c] > counts[best]) {
                best = c;
            }
        }
        return candidates[best];
    }

    private static boolean holdsNul(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] head, byte[] mark) {
        return head.length >= mark.length && Arrays.equals(head, 0, mark.length, mark, 0, mark.length);
    }
}
