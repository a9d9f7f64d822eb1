package io.workplan.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * The characters of a CSV file as Commons CSV reads them, decoded strictly (an undecodable byte is
 * a {@link CsvDamage} naming its line, never a replacement character), with the line of each
 * character counted and, when checked, the characters no table holds refused (NUL, a byte-order
 * mark after the start) and the length of lines and records bounded, so that a line of a gigabyte
 * is refused after its first megabytes.
 */
public final class DecodedText extends Reader {
    /**
     * The characters Commons CSV reads ahead of where it parses (the buffer of its reader): a record
     * is refused once more than its limit and this many characters were read since it started.
     */
    public static final int READ_AHEAD = 8192;

    private static final int BUFFER = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final boolean checked;
    private final long maxRecordChars;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private boolean endOfInput;
    private boolean flushed;
    private int line = 1;
    private long lineChars;
    private char previous;
    private long delivered;
    private long recordStart;
    private int recordLine = 1;

    /**
     * The text of a stream.
     *
     * @param in the bytes, after any byte-order mark
     * @param charset their charset
     * @param checked whether to refuse NUL and inner byte-order marks and to bound lines and records
     * @param maxRecordChars the most characters of a line or record, when checked
     */
    public DecodedText(InputStream in, Charset charset, boolean checked, long maxRecordChars) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.checked = checked;
        this.maxRecordChars = maxRecordChars;
        bytes.flip();
        chars.flip();
    }

    /**
     * Reads a stream to its end, decoding it strictly and checking nothing else.
     *
     * @param in the bytes, after any byte-order mark
     * @param charset their charset
     * @return the lines read
     * @throws CsvDamage at the line of the first byte that cannot be decoded
     * @throws IOException when the stream cannot be read
     */
    public static int decodeAll(InputStream in, Charset charset) throws IOException {
        try (DecodedText text = new DecodedText(in, charset, false, Long.MAX_VALUE)) {
            char[] buffer = new char[BUFFER];
            while (text.read(buffer, 0, buffer.length) >= 0) {
                // decoding is the check
            }
            return text.line;
        }
    }

    /**
     * Tells that the parser starts a record: the characters read from now on count for it.
     *
     * @param firstLine the record's first line
     */
    public void recordStarts(int firstLine) {
        recordStart = delivered;
        recordLine = firstLine;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        if (checked && delivered - recordStart > maxRecordChars + READ_AHEAD) {
            throw tooLong("the record starting at line " + recordLine, recordLine);
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        delivered += n;
        return n;
    }

    /** Decodes the next characters; false at the end. */
    private boolean fill() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0 && !flushed) {
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isError()) {
                    scan(0, chars.position());
                    throw undecodable(result.length());
                }
                if (result.isOverflow()) {
                    break;
                }
                if (endOfInput) {
                    if (decoder.flush(chars).isUnderflow()) {
                        flushed = true;
                    }
                } else {
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        endOfInput = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
            }
        } finally {
            chars.flip();
        }
        scan(0, chars.limit());
        return chars.hasRemaining();
    }

    /** Counts the lines of the characters just decoded, and checks them. */
    private void scan(int from, int to) throws CsvDamage {
        char[] a = chars.array();
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (c == '\n' || c == '\r') {
                if (c == '\r' || previous != '\r') {
                    line++;
                }
                lineChars = 0;
            } else if (checked) {
                if (++lineChars > maxRecordChars) {
                    throw tooLong("line " + line, line);
                }
                if (c == '\u0000') {
                    throw new CsvDamage(line, null, "a NUL character (U+0000) is in the text: the file is binary, or"
                            + " UTF-16 without a byte-order mark; save it as CSV UTF-8", null);
                }
                if (c == '\uFEFF') {
                    throw new CsvDamage(line, null, "a byte-order mark (U+FEFF) is in the middle of the file, as when"
                            + " two files are joined together; remove it, or save the table again", null);
                }
            }
            previous = c;
        }
    }

    private CsvDamage undecodable(int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length && i < 4; i++) {
            hex.append(hex.length() > 0 ? " " : "").append(String.format(Locale.ROOT, "%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        return new CsvDamage(line, null, (length == 1 ? "the byte " : "the bytes ") + hex + " cannot be decoded as "
                + decoder.charset().name(), null);
    }

    private CsvDamage tooLong(String what, int at) {
        return new CsvDamage(at, null, what + " is longer than " + String.format(Locale.ROOT, "%,d", maxRecordChars)
                + " characters, the limit of a record (CsvReadOptions.maxRecordChars)", null);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
