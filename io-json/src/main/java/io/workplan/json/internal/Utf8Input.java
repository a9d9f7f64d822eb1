package io.workplan.json.internal;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream of bytes checked to be well-formed UTF-8 as they pass (RFC 3629): Jackson decodes an
 * overlong form ({@code C0 AF} for {@code /}) and a code point beyond U+10FFFF without complaint,
 * which would read something other than what the file holds. The bytes before a malformed sequence
 * are passed on, so that the parser stands at the value holding it; the next read fails with a
 * {@link Malformed} that says where (line and column counted as Jackson counts them for bytes) and
 * what is wrong.
 */
final class Utf8Input extends FilterInputStream {
    /** The line being read, from 1: a line ends at LF, CR or CR LF, as Jackson counts. */
    private int line = 1;
    /** The offset of the next byte, and of the first byte of the line. */
    private long offset;
    private long lineStart;
    private boolean afterCarriageReturn;
    /** Continuation bytes still due in the current sequence. */
    private int due;
    /** The bounds of the next continuation byte, narrower than 80..BF after E0, ED, F0 and F4. */
    private int low = 0x80;
    private int high = 0xBF;
    /** Where the current sequence starts, and its bytes so far, one a byte of the int. */
    private long sequenceStart;
    private int sequence;
    private int length;
    private Malformed failure;

    Utf8Input(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (failure != null) {
            throw failure;
        }
        int n = in.read(b, off, len);
        if (n < 0) {
            if (due > 0) {
                throw failure = malformed("a character cut short by the end of the input");
            }
            return n;
        }
        int end = off + n;
        long base = offset - off;
        // The line count in locals while the bytes are ASCII or whole characters, the usual case.
        int lines = line;
        long start = lineStart;
        boolean cr = afterCarriageReturn;
        int i = off;
        while (i < end) {
            int x = b[i];
            if (due == 0) {
                if (x >= 0) {
                    if (x == '\n' || x == '\r') {
                        if (x == '\r' || !cr) {
                            lines++;
                        }
                        start = base + i + 1;
                    }
                    cr = x == '\r';
                    i++;
                    continue;
                }
                int continuations = wellFormed(b, i, end);
                if (continuations > 0) {
                    // A whole character within the chunk, such as the three bytes of 年.
                    cr = false;
                    i += continuations + 1;
                    continue;
                }
            }
            line = lines;
            lineStart = start;
            if (!accept(x & 0xFF, base + i)) {
                offset = base + i;
                if (i == off) {
                    throw failure;
                }
                return i - off;
            }
            cr = false;
            i++;
        }
        line = lines;
        lineStart = start;
        afterCarriageReturn = cr;
        offset = base + end;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return Math.max(0, read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192)));
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /**
     * The continuation bytes of the well-formed sequence at {@code i} when it ends before {@code end};
     * otherwise 0, and {@link #accept} takes the bytes one by one to say what is wrong.
     */
    private static int wellFormed(byte[] b, int i, int end) {
        int lead = b[i] & 0xFF;
        int continuations = lead < 0xC2 ? 0 : lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : lead < 0xF5 ? 3 : 0;
        if (continuations == 0 || i + continuations >= end) {
            return 0;
        }
        int first = b[i + 1] & 0xFF;
        int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        if (first < low || first > high) {
            return 0;
        }
        for (int k = 2; k <= continuations; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return continuations;
    }

    /** Takes a byte of a multi-byte sequence, or a byte that is not ASCII; a malformed one sets {@link #failure}. */
    private boolean accept(int x, long at) {
        if (due > 0) {
            sequence = sequence << 8 | x;
            length++;
            if (x < low || x > high) {
                int lead = sequence >>> 8 * (length - 1) & 0xFF;
                failure = malformed(x < 0x80 || x > 0xBF ? "a character cut short"
                        : lead == 0xED ? "a surrogate (U+D800 to U+DFFF), which UTF-8 cannot hold"
                        : lead == 0xF4 ? "beyond U+10FFFF, the last code point"
                        : "an overlong form, which UTF-8 forbids");
                return false;
            }
            due--;
            low = 0x80;
            high = 0xBF;
            return true;
        }
        sequenceStart = at;
        sequence = x;
        length = 1;
        if (x < 0xC2 || x > 0xF4) {
            failure = malformed(x < 0xC0 ? "a continuation byte that continues no character"
                    : x < 0xC2 ? "an overlong form, which UTF-8 forbids" : "a byte that UTF-8 never uses");
            return false;
        }
        due = x < 0xE0 ? 1 : x < 0xF0 ? 2 : 3;
        low = x == 0xE0 ? 0xA0 : x == 0xF0 ? 0x90 : 0x80;
        high = x == 0xED ? 0x9F : x == 0xF4 ? 0x8F : 0xBF;
        return true;
    }

    /** The current sequence is malformed: a sequence holds no line break, so it is on the current line. */
    private Malformed malformed(String reason) {
        StringBuilder bytes = new StringBuilder();
        for (int i = length - 1; i >= 0; i--) {
            bytes.append(bytes.length() == 0 ? "" : " ").append(String.format("%02X", sequence >>> 8 * i & 0xFF));
        }
        return new Malformed(line, sequenceStart - lineStart + 1, sequenceStart, bytes.toString(), reason);
    }

    /** Bytes that are not UTF-8: where they start and what is wrong. */
    static final class Malformed extends CharConversionException {
        private static final long serialVersionUID = 1L;

        final int line;
        final long column;
        final long offset;
        final String bytes;
        final String reason;

        Malformed(int line, long column, long offset, String bytes, String reason) {
            super("malformed UTF-8 at line " + line + ", column " + column + " (byte " + offset + ", " + bytes + "): " + reason);
            this.line = line;
            this.column = column;
            this.offset = offset;
            this.bytes = bytes;
            this.reason = reason;
        }
    }
}
